import type { CellRef } from "../../core/location";
import type { WorkbookResult } from "../../core/results";
import type { CellWrite } from "../plan";

/** Number format of every score, 总分 included (scores are rounded to 2 decimals). */
export const SCORE_FORMAT = "0.00";
/** Number format of rates written as fractions (执行率, the 实际完成值 of ratio rows). */
export const PERCENT_FORMAT = "0.00%";

/** An output cell of the form (SPEC §4) and what the engine computed for it; null: nothing to write now. */
export type OutputCell = CellRef & {
  readonly value: number | string | null;
  readonly numberFormat?: string;
  /** What the cell holds, in the form's words (the indicator's name, 执行率, 总分), for findings about it. */
  readonly label: string;
};

/**
 * The form's own output cells, table by table: the fund block's 执行率 and 得分, each indicator's 得分, the
 * 实际完成值 the engine filled from the budget table, 总分 and 等级. Cells the model does not locate are absent.
 */
export function outputCells(result: WorkbookResult): OutputCell[] {
  const cells: OutputCell[] = [];
  const add = (label: string, at: CellRef | undefined, value: number | string | null, numberFormat?: string): void => {
    if (!at) return;
    // Spelled out rather than spread: one shape for every cell, and a write side that handles 100,000 of them.
    const { sheet, cell } = at;
    cells.push(
      numberFormat === undefined ? { sheet, cell, value, label } : { sheet, cell, value, numberFormat, label },
    );
  };
  for (const table of result.tables) {
    if (table.fund) {
      add("执行率", table.fund.fund.at.rate, table.fund.rate, PERCENT_FORMAT);
      add("预算执行率得分", table.fund.fund.at.score, table.fund.computedScore, SCORE_FORMAT);
    }
    for (const indicator of table.indicators) {
      add(indicator.row.name, indicator.row.at.score, indicator.computedScore, SCORE_FORMAT);
      // Only a filled value is an output: an actual the engine did not fill is input, never cleared by the add-in.
      if (indicator.filledActual !== null) {
        add(indicator.row.name, indicator.row.at.actual, indicator.filledActual / 100, PERCENT_FORMAT);
      }
    }
    add("总分", table.table.at.total, table.total, SCORE_FORMAT);
    add("等级", table.table.at.grade, table.grade);
  }
  return cells;
}

/** The write of an output cell: where, what, and its number format. */
export function writeOf({ sheet, cell, value, numberFormat }: OutputCell): CellWrite {
  return numberFormat === undefined ? { sheet, cell, value } : { sheet, cell, value, numberFormat };
}
