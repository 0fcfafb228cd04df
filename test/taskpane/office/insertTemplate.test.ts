import type { ExcelRun } from "../../../src/hosts/office/runExcel";
import { insertTemplate } from "../../../src/taskpane/office/insertTemplate";
import { rangeFromA1 } from "../../../src/workbook/address";
import { blankTemplate } from "../../../src/workbook/template/blankTemplate";
import type { TemplateSheet } from "../../../src/workbook/template/types";
import {
  cellAt,
  createFakeExcel,
  dumpWorkbook,
  emptyWorkbook,
  fakeWorkbookFromSnapshot,
  sheetNamed,
} from "../../hosts/office/fakeExcel";
import { projectWorkbook } from "../projectWorkbook";

const FORM: TemplateSheet = {
  name: "项目表",
  rows: [
    [{ value: "项目支出绩效自评表", bold: true, size: 16 }],
    [{ value: "指标", fill: "#DDEBF7", wrap: true }, { value: "=不是公式" }, { value: 0.95, numberFormat: "0.00%" }],
  ],
  columnWidths: [10, 20],
  merges: ["A1:C1"],
};

function setUp() {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
  const run: ExcelRun = (batch) => fake.run(batch);
  return { fake, run };
}

describe("insertTemplate", () => {
  it("adds the sheet under a free name, leaving the sheet of the same name untouched", async () => {
    const { fake, run } = setUp();
    const original = () => dumpWorkbook({ ...emptyWorkbook(), sheets: [sheetNamed(fake.workbook, "项目表")] });
    const before = original();
    await expect(insertTemplate(run, [FORM])).resolves.toEqual(["项目表 (2)"]);
    expect(original()).toBe(before);
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["项目表", "项目表 (2)"]);
    expect(fake.workbook.activeSheet).toBe("项目表 (2)");
    expect(fake.syncCount()).toBe(2);
  });

  it("writes values, formats, styles, widths and merges, keeping text that looks like a formula as text", async () => {
    const { fake, run } = setUp();
    await insertTemplate(run, [FORM]);
    const title = cellAt(fake.workbook, "项目表 (2)", "A1");
    expect(title).toMatchObject({ value: "项目支出绩效自评表", bold: true, size: 16 });
    expect(cellAt(fake.workbook, "项目表 (2)", "A2")).toMatchObject({ value: "指标", fill: "#DDEBF7", wrap: true });
    expect(cellAt(fake.workbook, "项目表 (2)", "B2")).toMatchObject({
      value: "=不是公式",
      formula: null,
      numberFormat: "@",
    });
    expect(cellAt(fake.workbook, "项目表 (2)", "C2")).toMatchObject({ value: 0.95, numberFormat: "0.00%" });
    const sheet = sheetNamed(fake.workbook, "项目表 (2)");
    expect(sheet.merges).toEqual([rangeFromA1("A1:C1")]);
    expect([...sheet.columnWidths.keys()]).toEqual([0, 1]);
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(sheet.columnWidths.get(0) ?? Infinity);
  });

  it("inserts each standard blank form", async () => {
    for (const kind of ["project", "department", "budget"] as const) {
      const { fake, run } = setUp();
      const sheets = blankTemplate(kind);
      const names = await insertTemplate(run, sheets);
      expect(names).toEqual(sheets.map((sheet) => sheet.name));
      expect(sheetNamed(fake.workbook, names[0] ?? "").cells.size).toBeGreaterThan(10);
    }
  });
});
