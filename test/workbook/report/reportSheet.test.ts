import { describe, expect, it } from "@jest/globals";
import type { SheetCell } from "../../../src/workbook/plan";
import { analyseWorkbook } from "../../../src/workbook/analyse";
import { reportOf } from "../../../src/workbook/report/planReport";
import { REPORT_SHEET_NAME, reportSheet } from "../../../src/workbook/report/reportSheet";
import { HEADER_FILL, PLACEHOLDER_FILL } from "../../../src/workbook/write/colors";
import { SEED_WORKBOOKS } from "./fixtures/seedWorkbooks";

const report = reportOf(analyseWorkbook(SEED_WORKBOOKS["004"]()));
const owned = reportSheet(report);
/** The first row whose first cell holds `text` (exactly, for the table's cells). */
const rowOf = (text: string, exact = false): readonly SheetCell[] => {
  const matches = (value: unknown) => typeof value === "string" && (exact ? value === text : value.includes(text));
  const row = owned.rows.find((cells) => matches(cells[0]?.value));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
};

describe("reportSheet", () => {
  it("is a visible report sheet with one wide text column and the table's three narrow ones", () => {
    expect(owned).toMatchObject({ name: REPORT_SHEET_NAME, purpose: "report", visibility: "visible" });
    expect(owned.columnWidths).toEqual([72, 8, 8, 8]);
    expect(reportSheet(report, "自评报告 (2)").name).toBe("自评报告 (2)");
  });

  it("sets the title and the headings bold, larger by level", () => {
    expect(owned.rows[0]).toEqual([{ value: report.title, bold: true, size: 16 }]);
    expect(rowOf("一、部门基本情况")[0]).toMatchObject({ bold: true, size: 14 });
    expect(rowOf("（一）自评结论")[0]).toMatchObject({ bold: true, size: 12 });
    expect(rowOf("1.预算编制情况")[0]).toMatchObject({ bold: true, size: 11 });
  });

  it("writes each paragraph into one wrapped cell, indented, yellow where a person must still write", () => {
    expect(rowOf("综合评分为94.92分")[0]).toEqual({
      value:
        "\u3000\u3000对照部门整体支出绩效评价指标逐一自评，2023年度部门整体支出绩效综合评分为94.92分，评分等级为优。",
      wrap: true,
    });
    expect(rowOf("【请填写：部门主要职能")[0]).toMatchObject({ wrap: true, fill: PLACEHOLDER_FILL });
  });

  it("writes the score table as cells with number formats, and charts score against weight beside it", () => {
    const header = rowOf("一级指标", true);
    expect(header.map((cell) => cell.value)).toEqual(["一级指标", "分值", "得分", "得分率"]);
    expect(header.every((cell) => cell.bold && cell.fill === HEADER_FILL)).toBe(true);
    expect(rowOf("效益指标", true)).toEqual([
      { value: "效益指标" },
      { value: 30, numberFormat: "0.00" },
      { value: 26, numberFormat: "0.00" },
      { value: 26 / 30, numberFormat: "0.00%" },
    ]);
    expect(rowOf("合计", true).map((cell) => [cell.value, cell.bold])).toEqual([
      ["合计", true],
      [100, true],
      [94.92, true],
      [0.9492, true],
    ]);
    const top = owned.rows.indexOf(header);
    expect(owned.chart).toEqual({
      title: "各一级指标得分与分值",
      data: { top, left: 0, bottom: top + 4, right: 2 },
      anchor: { row: top, col: 5 },
    });
    expect(owned.rows[top + 4]?.[0]?.value).toBe("预算执行率");
  });

  it("draws no chart when the report has no score table", () => {
    const withoutTable = reportOf(analyseWorkbook(SEED_WORKBOOKS["002"]()));
    expect(reportSheet(withoutTable).chart).toBeUndefined();
  });
});
