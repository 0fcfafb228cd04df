import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { deflateEarly, deflateZip, inflateZip, zipEntries, type ZipEntry } from "../../../src/hosts/xlsx/zip";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import { fixtureWorkbook } from "./fixtureWorkbook";

const DEFLATED = 8;

/** A workbook as ExcelJS zips it with its parts stored, the way `workbookBytes` has it write them. */
async function storedZip(): Promise<Buffer> {
  return Buffer.from(await (await fixtureWorkbook()).xlsx.writeBuffer({ zip: { compression: "STORE" } }));
}

/** A workbook as ExcelJS zips it by default, deflated; with `streamFiles`, each part's sizes follow its data. */
async function deflatedZip(streamFiles = false): Promise<Buffer> {
  const zip = { compression: "DEFLATE", streamFiles } as const;
  return Buffer.from(await (await fixtureWorkbook()).xlsx.writeBuffer({ zip }));
}

const dataOf = (entry: ZipEntry): Buffer =>
  entry.local.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
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

  it("leaves out a part replaced by null, the others in their order", async () => {
    const stored = await storedZip();
    const name = "docProps/app.xml";
    const names = zipEntries(stored).map((entry) => entry.name);
    expect(names).toContain(name);
    const left = zipEntries(await deflateZip(stored, new Map([[name, null]])));
    expect(left.map((entry) => entry.name)).toEqual(names.filter((other) => other !== name));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(await deflateZip(stored, new Map([[name, null]]))).buffer);
    expect(loaded.worksheets.length).toBeGreaterThan(0);
  });

  it("deflates a part given in pieces, started early or not, into one stream with the CRC of the whole", async () => {
    const stored = await storedZip();
    const name = "xl/worksheets/sheet1.xml";
    // Random-ish text well over the megabyte deflated at once, split unevenly, a multi-byte character across a cut.
    const text = Array.from({ length: 200_000 }, (_, i) => `<c r="A${i}">${(i * 7919) % 104_729}中</c>`).join("");
    const whole = Buffer.from(`<worksheet>${text}</worksheet>`, "utf8");
    const pieces = [whole.subarray(0, 1), whole.subarray(1, 1_000_001), whole.subarray(1_000_001)];
    // The first two are small enough to start deflating before the part is done, as a sheet being laid out does.
    for (const piece of pieces) deflateEarly(piece);
    for (const bytes of [pieces, whole]) {
      const zip = await deflateZip(stored, new Map([[name, bytes]]));
      const replaced = zipEntries(zip).find((entry) => entry.name === name);
      if (!replaced) throw new Error(`no ${name}`);
      expect(whole.length).toBeGreaterThan(2 << 20);
      expect(inflateRawSync(dataOf(replaced)).equals(whole)).toBe(true);
      expect(crcOf(replaced)).toBe(crc32(whole) >>> 0);
      expect(replaced.size).toBe(whole.length);
      expect(dataOf(replaced).length).toBeLessThan(whole.length / 3);
    }
  });

  it("refuses bytes that are no zip", async () => {
    await expect(deflateZip(Buffer.from("这不是压缩包"))).rejects.toThrow("not a zip");
  });
});

describe("inflateZip", () => {
  it.each([false, true])(
    "stores every part inflated, with its name, order and CRC (sizes after the data: %s)",
    async (streamed) => {
      const deflated = await deflatedZip(streamed);
      const before = zipEntries(deflated);
      expect(before.some((entry) => entry.method === DEFLATED)).toBe(true);
      expect(before.some((entry) => (entry.flags & 0x0008) !== 0)).toBe(streamed);
      const after = zipEntries(await inflateZip(deflated));
      expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
      after.forEach((entry, i) => {
        const original = before[i];
        if (!original) throw new Error(`no entry ${i} before`);
        expect(entry.method).toBe(0);
        expect(entry.flags & 0x0008).toBe(0);
        const expected = original.method === DEFLATED ? inflateRawSync(dataOf(original)) : dataOf(original);
        expect(dataOf(entry).equals(expected)).toBe(true);
        expect(crc32(dataOf(entry)) >>> 0).toBe(crcOf(entry));
      });
    },
  );

  it("gives back what deflateZip stored", async () => {
    const stored = await storedZip();
    expect((await inflateZip(await deflateZip(stored))).equals(stored)).toBe(true);
  });

  it("refuses a part compressed by another method, so that ExcelJS reads the file itself", async () => {
    const zip = await deflatedZip();
    const [first] = zipEntries(zip);
    if (!first) throw new Error("empty zip");
    first.central.writeUInt16LE(12, 10);
    await expect(inflateZip(zip)).rejects.toThrow("method 12");
  });
});
