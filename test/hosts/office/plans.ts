import { toA1 } from "../../../src/workbook/address";
import type { CellWrite, FillWrite, OwnedSheet, SheetCell, WritePlan } from "../../../src/workbook/plan";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";

export const MISSED = "#FFC7CE";

export function plan(parts: Partial<WritePlan>): WritePlan {
  return { cells: [], fills: [], sheets: [], removeSheets: [], ...parts };
}

/** What a recalculation of `indicatorSheet(sheet, rows)` writes: a score per row (H), a total, highlights. */
export function scoreWrites(sheet: string, rows: number): { cells: CellWrite[]; fills: FillWrite[] } {
  const cells: CellWrite[] = [];
  const fills: FillWrite[] = [];
  for (let i = 0; i < rows; i += 1) {
    const row = i + 4;
    cells.push({ sheet, cell: toA1(row, 7), value: 4.5 + (i % 5) / 10, numberFormat: "0.00" });
    if (i % 3 === 0) {
      for (let col = 1; col <= 8; col += 1) fills.push({ sheet, cell: toA1(row, col), color: MISSED });
      cells.push({ sheet, cell: toA1(row, 8), value: "【请填写：偏差原因】" });
    }
  }
  return { cells, fills };
}

/** A 校验结果 sheet with `rows` findings, each linking to its cell. */
export function findingsSheet(rows: number, target: string): OwnedSheet {
  const header: SheetCell[] = ["级别", "工作表", "单元格", "代码", "说明", "建议"].map((value) => ({
    value,
    bold: true,
    fill: "#D9E1F2",
  }));
  const lines: SheetCell[][] = [header];
  for (let i = 0; i < rows; i += 1) {
    const cell = toA1(i + 4, 7);
    lines.push([
      { value: i % 7 === 0 ? "错误" : "警告" },
      { value: target },
      { value: `${target}!${cell}`, link: { sheet: target, cell } },
      { value: "REASON_MISSING" },
      { value: `第${i + 1}个指标未达到年度指标值，得分低于分值，需要填写偏差原因。`, wrap: true },
      { value: "在偏差原因分析及改进措施栏说明未达成的原因和改进措施。", wrap: true },
    ]);
  }
  return {
    name: "校验结果",
    purpose: "findings",
    visibility: "visible",
    rows: lines,
    columnWidths: [6, 12, 14, 22, 60, 50],
    freezeRows: 1,
  };
}

export function stateSheet(json: string): OwnedSheet {
  return {
    name: STATE_SHEET_NAME,
    purpose: "state",
    visibility: "veryHidden",
    rows: [[{ value: json }]],
    columnWidths: [],
  };
}
