import ExcelJS from "exceljs";
import { describe, expect, it } from "@jest/globals";
import { readSnapshot } from "../../../src/hosts/xlsx/readSnapshot";
import { roundTrip } from "./roundTrip";

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("数据");
  data.getCell("C3").value = 86;
  data.getCell("D3").value = "年度\n指标值";
  data.getCell("E3").value = true;
  data.getCell("F3").value = new Date(Date.UTC(2024, 0, 1));
  data.getCell("C4").value = { formula: "C3*2", result: 172 };
  data.getCell("D4").value = { richText: [{ text: "产出" }, { text: "指标", font: { bold: true } }] };
  data.getCell("E4").value = { text: "链接", hyperlink: "https://example.org" };
  data.getCell("F4").value = { error: "#DIV/0!" };
  data.getCell("C5").value = { formula: "C3+1", result: 87 };
  data.getCell("D5").value = { sharedFormula: "C5", result: 5 };
  data.getCell("E5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  data.getCell("F5").value = 0.86;
  data.getCell("F5").numFmt = "0.00%";
  // A link over rich text: ExcelJS loads the text as the rich-text object, not the string its types promise. (A link
  // to a place in the workbook would be saved without a relationship, which ExcelJS does not read as a link.)
  const richText = { richText: [{ text: "校验" }, { text: "结果", font: { bold: true } }] };
  const richLink = { text: richText, hyperlink: "https://example.org/校验结果" };
  data.getCell("G3").value = richLink as unknown as ExcelJS.CellHyperlinkValue;
  data.getCell("C7").value = "产出指标(50分)";
  data.mergeCells("C7:C9");
  data.getCell("D9").value = "last";
  // A styled cell with no value must not widen the used range.
  data.getCell("K20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  const locked = workbook.addWorksheet("锁定");
  locked.getCell("A1").value = "x";
  await locked.protect("", {});
  workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 1;
  workbook.addWorksheet("_state", { state: "veryHidden" }).getCell("B2").value = "{}";
  workbook.addWorksheet("空白");
  return roundTrip(workbook);
}

describe("readSnapshot", () => {
  it("normalises every kind of ExcelJS cell value to what Office.js reports", async () => {
    const [data] = readSnapshot(await sampleWorkbook()).sheets;
    expect(data?.origin).toEqual({ row: 2, col: 2 });
    expect(data?.values).toEqual([
      [86, "年度\n指标值", true, 45292, "校验结果"],
      [172, "产出指标", "链接", "#DIV/0!", ""],
      [87, 5, "#DIV/0!", 0.86, ""],
      ["", "", "", "", ""],
      ["产出指标(50分)", "", "", "", ""],
      ["", "", "", "", ""],
      ["", "last", "", "", ""],
    ]);
    expect(data?.formulas[1]?.[0]).toBe("=C3*2");
    expect(data?.formulas[2]?.slice(0, 3)).toEqual(["=C3+1", "=D3+1", "=1/0"]);
    expect(data?.formulas[0]).toEqual([null, null, null, null, null]);
    expect(data?.numberFormats[2]?.[3]).toBe("0.00%");
    expect(data?.numberFormats[0]?.[0]).toBe("General");
  });

  it("reports merged areas as absolute A1 ranges, the covered cells empty", async () => {
    const [data] = readSnapshot(await sampleWorkbook()).sheets;
    expect(data?.merges).toEqual(["C7:C9"]);
    expect(data?.values.map((row) => row[0])).toContain("产出指标(50分)");
  });

  it("reads protection, visibility and sheet order", async () => {
    const sheets = readSnapshot(await sampleWorkbook()).sheets;
    expect(sheets.map((s) => [s.name, s.protected, s.visibility])).toEqual([
      ["数据", false, "visible"],
      ["锁定", true, "visible"],
      ["隐藏", false, "hidden"],
      ["_state", false, "veryHidden"],
      ["空白", false, "visible"],
    ]);
    expect(sheets[3]?.origin).toEqual({ row: 1, col: 1 });
  });

  it("gives an empty sheet an empty used range", async () => {
    const blank = readSnapshot(await sampleWorkbook()).sheets[4];
    expect(blank?.values).toEqual([]);
    expect(blank?.formulas).toEqual([]);
    expect(blank?.merges).toEqual([]);
  });
});
