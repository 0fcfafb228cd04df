import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { deflateZip, zipEntries, type ZipEntry } from "../../../src/hosts/xlsx/deflateZip";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import { fixtureWorkbook } from "./fixtureWorkbook";

const DEFLATED = 8;

/** A workbook as ExcelJS zips it with its parts stored, the way `workbookBytes` has it write them. */
async function storedZip(): Promise<Buffer> {
  return Buffer.from(await (await fixtureWorkbook()).xlsx.writeBuffer({ zip: { compression: "STORE" } }));
}

const dataOf = (entry: ZipEntry): Buffer => entry.local.subarray(entry.dataStart);
const crcOf = (entry: ZipEntry): number => entry.central.readUInt32LE(16);

describe("deflateZip", () => {
  it("deflates every stored part and keeps its bytes, name, order and CRC", async () => {
    const stored = await storedZip();
    const before = zipEntries(stored);
    const after = zipEntries(await deflateZip(stored));
    expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
    expect(after.some((entry) => entry.name.startsWith("xl/worksheets/"))).toBe(true);
    after.forEach((entry, i) => {
      const original = before[i];
      if (!original) throw new Error(`no entry ${i} before`);
      expect(crcOf(entry)).toBe(crcOf(original));
      if (original.size === 0) {
        expect(entry.method).toBe(original.method);
        return;
      }
      expect(entry.method).toBe(DEFLATED);
      const inflated = inflateRawSync(dataOf(entry));
      expect(inflated.equals(dataOf(original))).toBe(true);
      expect(crc32(inflated) >>> 0).toBe(crcOf(entry));
    });
  });

  it("copies parts that are already compressed as they are", async () => {
    const once = await deflateZip(await storedZip());
    expect((await deflateZip(once)).equals(once)).toBe(true);
  });

  it("gives a file ExcelJS reads back as the workbook it saved", async () => {
    const workbook = await fixtureWorkbook();
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(await workbookBytes(workbook)).buffer);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual(workbook.worksheets.map((sheet) => sheet.name));
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => expect(loaded.getWorksheet(sheet.name)?.getCell(r, c).value).toEqual(cell.value)),
      );
    }
  });

  it("gives a replaced part its new bytes and CRC, and refuses to replace a part the zip lacks", async () => {
    const stored = await storedZip();
    const name = "xl/worksheets/sheet1.xml";
    const xml = Buffer.from("<worksheet>新的内容</worksheet>", "utf8");
    const replaced = zipEntries(await deflateZip(stored, new Map([[name, xml]]))).find((entry) => entry.name === name);
    if (!replaced) throw new Error(`no ${name}`);
    expect(inflateRawSync(dataOf(replaced)).equals(xml)).toBe(true);
    expect(crcOf(replaced)).toBe(crc32(xml) >>> 0);
    expect(replaced.size).toBe(xml.length);
    await expect(deflateZip(stored, new Map([["xl/无此部件.xml", xml]]))).rejects.toThrow("xl/无此部件.xml");
  });

  it("refuses bytes that are no zip", async () => {
    await expect(deflateZip(Buffer.from("这不是压缩包"))).rejects.toThrow("not a zip");
  });
});
