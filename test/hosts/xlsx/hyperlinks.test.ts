import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { loadWorkbook, openXlsxHost, saveWorkbook } from "../../../src/hosts/xlsx/openXlsxHost";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import { deflateZip, inflateZip, storedParts } from "../../../src/hosts/xlsx/zip";
import { recalculate } from "../../../src/workbook/recalculate";
import { FINDINGS_SHEET_NAME } from "../../../src/workbook/write/findingsSheet";
import { snapshotToXlsx } from "../../corpus/snapshotToXlsx";
import { indicatorSheet, sheet, workbook } from "../office/workbooks";
import { savedLinks } from "./savedLinks";

const EXTERNAL = "https://example.org/绩效?年=2024&表=1";

/** The links a person made in Excel on 目录 (sheet2.xml), as Excel writes them: no relationship, a revision id. */
const PERSONS_LINKS = [
  `<hyperlink ref="A1" location="项目表!F6" display="去项目表" xr:uid="{793AFA79-421C-4243-BAA2-59977C317B94}"/>`,
  `<hyperlink ref="A2" location="'项目表'!B3:I7" display="区域"/>`,
  `<hyperlink ref="A3" display="名称" location="指标区"/>`,
  `<hyperlink ref="A5" location='项目表!H25' tooltip='回到"总分"'/>`,
].join("");

let dir: string;

/** The parts of a saved workbook, unzipped. */
async function partsOf(file: string): Promise<Map<string, Buffer>> {
  return storedParts(await inflateZip(await readFile(file)));
}

/**
 * A workbook as a person keeps it: a 项目表 to check and a 目录 of links. ExcelJS writes the file, with the links it
 * knows how to write (a URL; and links to "#…", as another ExcelJS-based tool would have made them); the links made
 * in Excel are then put into 目录's XML as Excel writes them, next to ExcelJS's own.
 */
async function personsWorkbook(path: string): Promise<void> {
  const book = await snapshotToXlsx(
    workbook(
      indicatorSheet("项目表", 20),
      sheet({ name: "目录", values: [["去项目表"], ["区域"], ["名称"], ["网站"], [""], ["旧链接"]] }),
      sheet({ name: "说明", values: [["返回"]] }),
    ),
  );
  book.definedNames.add("项目表!$B$3:$I$7", "指标区");
  const contents = book.getWorksheet("目录")!;
  contents.getCell("A4").value = { text: "网站", hyperlink: EXTERNAL };
  contents.getCell("A5").value = { formula: "1+1", result: 2 };
  contents.getCell("A6").value = { text: "旧链接", hyperlink: "#项目表!B2" };
  book.getWorksheet("说明")!.getCell("A1").value = { text: "返回", hyperlink: "#'目录'!A1" };
  const written: unknown = await book.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const stored = Buffer.from(written as ArrayBuffer);
  const xml = storedParts(stored).get("xl/worksheets/sheet2.xml")!.toString("utf8");
  const withPersons = xml
    .replace("<worksheet ", `<worksheet xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" `)
    .replace("</hyperlinks>", `${PERSONS_LINKS}</hyperlinks>`);
  expect(withPersons).toContain(PERSONS_LINKS);
  await writeFile(path, await deflateZip(stored, new Map([["xl/worksheets/sheet2.xml", Buffer.from(withPersons)]])));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-links-"));
});

describe("a person's links through the file host", () => {
  it("come out of a recalculation as they went in, in Excel's form, next to the 校验结果 links", async () => {
    const input = join(dir, "目录.xlsx");
    await personsWorkbook(input);
    const host = await openXlsxHost(input);
    const { plan } = await recalculate(host);
    expect(plan.sheets.map((owned) => owned.name)).toContain(FINDINGS_SHEET_NAME);
    const output = join(dir, "目录-已检查.xlsx");
    await host.save(output);

    const links = await savedLinks(await readFile(output));
    expect(links.get("目录")).toEqual(
      new Map([
        ["A1", { location: "项目表!F6", display: "去项目表" }],
        ["A2", { location: "'项目表'!B3:I7", display: "区域" }],
        ["A3", { location: "指标区", display: "名称" }],
        ["A4", { relationship: { target: EXTERNAL, external: true } }],
        ["A5", { location: "项目表!H25", tooltip: '回到"总分"' }],
        // Made by ExcelJS as a relationship to "#项目表!B2": Excel's form now, which Excel and LibreOffice follow.
        ["A6", { location: "项目表!B2" }],
      ]),
    );
    expect(links.get("说明")).toEqual(new Map([["A1", { location: "'目录'!A1" }]]));
    const findings = [...(links.get(FINDINGS_SHEET_NAME)?.values() ?? [])];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((link) => link.relationship === undefined && link.location !== undefined)).toBe(true);

    const parts = await partsOf(output);
    // Only the URL keeps a relationship; 说明 has none left, so it has no relationships part.
    const contentsRelationships = parts.get("xl/worksheets/_rels/sheet2.xml.rels")?.toString("utf8") ?? "";
    expect(contentsRelationships.match(/<Relationship /g)).toHaveLength(1);
    expect([...parts.keys()].filter((name) => name.endsWith(".xml.rels") && name.startsWith("xl/worksheets/"))).toEqual(
      ["xl/worksheets/_rels/sheet2.xml.rels"],
    );
    // The revision id's namespace is not declared in the XML ExcelJS writes.
    expect(parts.get("xl/worksheets/sheet2.xml")?.toString("utf8")).not.toContain("xr:uid");

    // The linked cells read as their text, whichever form their link takes; the linked formula stays a formula.
    const copy = await openXlsxHost(output);
    const contents = (await copy.readSnapshot()).sheets.find((read) => read.name === "目录");
    expect(contents?.values.map((row) => row[0])).toEqual(["去项目表", "区域", "名称", "网站", 2, "旧链接"]);
    expect(contents?.formulas[4]?.[0]).toBe("=1+1");
  });

  it("are written back again by a second session, which reads them from the first one's copy", async () => {
    const input = join(dir, "两次.xlsx");
    await personsWorkbook(input);
    const first = join(dir, "两次-1.xlsx");
    await saveWorkbook(await loadWorkbook(input), first);
    const second = join(dir, "两次-2.xlsx");
    await saveWorkbook(await loadWorkbook(first), second);
    expect(await savedLinks(await readFile(second))).toEqual(await savedLinks(await readFile(first)));
    expect((await savedLinks(await readFile(second))).get("目录")?.size).toBe(6);
  });
});

describe("a workbook without links to places in it", () => {
  it("is saved with its sheets' XML and relationships as ExcelJS writes them", async () => {
    const input = join(dir, "无链接.xlsx");
    const book = await snapshotToXlsx(workbook(indicatorSheet("项目表", 5), sheet({ name: "网址", values: [[""]] })));
    book.getWorksheet("网址")!.getCell("A1").value = { text: "网站", hyperlink: EXTERNAL };
    await book.xlsx.writeFile(input);
    const loaded = await loadWorkbook(input);
    const saved = storedParts(await inflateZip(await workbookBytes(loaded)));
    const written: unknown = await loaded.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    const byExcelJS = storedParts(Buffer.from(written as ArrayBuffer));
    const sheetParts = [...byExcelJS.keys()].filter((name) => /^xl\/worksheets\/.*\.(xml|rels)$/.test(name));
    expect(sheetParts).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]);
    for (const name of sheetParts)
      expect({ name, xml: saved.get(name)?.toString() }).toEqual({ name, xml: byExcelJS.get(name)?.toString() });
  });
});
