import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/hosts/xlsx/applyPlan";
import { PlanInvalidError } from "../../../src/hosts/xlsx/errors";
import { readFills } from "../../../src/hosts/xlsx/readFills";
import { readSnapshot } from "../../../src/hosts/xlsx/readSnapshot";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import { writeSheetContent, type SheetContent } from "../../../src/hosts/xlsx/writeSheetContent";
import type { SheetCell } from "../../../src/workbook/plan";
import { loadBytes, roundTrip } from "./roundTrip";
import { savedLinks } from "./savedLinks";

const TEXTS = ["=1+1 不是公式", "+1", "@SUM(A1)", "  前后空格  ", "a<b & c>\"d\" 'e'", "控制\u0001字符", "两\n行"];

/** A sheet built whole with every kind of cell the host writes: looks, numbers, texts, links, merges, empty cells. */
const CONTENT: SheetContent = {
  rows: [
    [
      { value: "标题", bold: true, size: 14, fill: "#d9d9d9" },
      { value: "被合并覆盖", link: { sheet: "表", cell: "A1" } },
      { value: null, fill: "#FFC7CE" },
    ],
    [
      { value: 0.963, numberFormat: "0.00%" },
      { value: -12.5 },
      { value: 1e-7, numberFormat: "0.00|x" },
      { value: null },
      { value: "" },
    ],
    TEXTS.map((value) => ({ value, wrap: true })),
    [
      { value: "F3", link: { sheet: "自评表", cell: "F3" } },
      { value: "B2", link: { sheet: "O'Brien 表", cell: "B2" } },
      { value: "C9", link: { sheet: "感叹!号", cell: "C9" } },
      { value: "", link: { sheet: "自评表", cell: "A1" } },
    ],
  ],
  columnWidths: [12, 30],
  merges: ["A1:C1"],
};

function built(content: SheetContent = CONTENT): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("表").getCell("A1").value = "数据";
  writeSheetContent(workbook.addWorksheet("校验结果"), content);
  return workbook;
}

function findings(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet("校验结果");
  if (!sheet) throw new Error("no 校验结果");
  return sheet;
}

describe("a sheet the file host builds whole", () => {
  it("is saved with its values, looks, links, merges and widths, text staying text", async () => {
    const bytes = await workbookBytes(built());
    const sheet = findings(await loadBytes(bytes));
    expect(sheet.getCell("A1").value).toBe("标题");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(sheet.getCell("C1").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.model.merges).toEqual(["A1:C1"]);
    expect(sheet.getCell("A2").value).toBe(0.963);
    expect(sheet.getCell("A2").numFmt).toBe("0.00%");
    expect(sheet.getCell("B2").value).toBe(-12.5);
    expect(sheet.getCell("C2").value).toBe(1e-7);
    expect(sheet.getCell("C2").numFmt).toBe("0.00|x");
    const expectedTexts = TEXTS.map((text) => text.replace("\u0001", ""));
    expect(TEXTS.map((_, c) => sheet.getCell(3, c + 1).value)).toEqual(expectedTexts);
    expect(TEXTS.map((_, c) => sheet.getCell(3, c + 1).formula ?? null)).toEqual(TEXTS.map(() => null));
    expect(sheet.getCell("A3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(["A4", "B4", "C4"].map((cell) => sheet.getCell(cell).value)).toEqual(["F3", "B2", "C9"]);
    // As Excel writes a link to a place in the workbook: no relationship, the sheet quoted only where it must be.
    // Neither the cell under the merge nor the one without text is linked.
    expect((await savedLinks(bytes)).get("校验结果")).toEqual(
      new Map([
        ["A4", { location: "自评表!F3", display: "F3" }],
        ["B4", { location: "'O''Brien 表'!B2", display: "B2" }],
        ["C4", { location: "'感叹!号'!C9", display: "C9" }],
      ]),
    );
    expect(sheet.getCell("A4").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(sheet.getCell("D4").value).toBeNull();
    expect(sheet.getColumn(2).width).toBe(30);
  });

  it("reads the same before it is saved as after", async () => {
    const workbook = built();
    const before = readSnapshot(workbook).sheets.find((sheet) => sheet.name === "校验结果");
    const after = readSnapshot(await roundTrip(workbook)).sheets.find((sheet) => sheet.name === "校验结果");
    expect(before).toEqual(after);
    const cells = ["A1", "B1", "C1", "A2", "A4", "Z99"].map((cell) => ({ sheet: "校验结果", cell }));
    expect(readFills(workbook, cells)).toEqual(readFills(await roundTrip(workbook), cells));
  });

  it("saves a look that only a merged-over cell has", async () => {
    const rows: SheetCell[][] = [[{ value: "合并" }, { value: "x", bold: true }]];
    const sheet = findings(await roundTrip(built({ rows, columnWidths: [], merges: ["A1:B1"] })));
    expect(sheet.getCell("A1").value).toBe("合并");
    expect(sheet.getCell("B1").font).toMatchObject({ bold: true });
  });

  it("is saved as an empty sheet when it has no cells", async () => {
    const sheet = findings(await roundTrip(built({ rows: [[{ value: null }]], columnWidths: [5] })));
    expect(sheet.actualRowCount).toBe(0);
  });

  it("is only ever replaced whole: a plan writing its cells is refused", () => {
    const workbook = built();
    const plan = { cells: [{ sheet: "校验结果", cell: "A1", value: 1 }], fills: [], sheets: [], removeSheets: [] };
    expect(() => applyPlan(workbook, plan)).toThrow(PlanInvalidError);
  });
});
