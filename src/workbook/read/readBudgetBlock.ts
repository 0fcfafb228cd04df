import type { Finding } from "../../core/findings/types";
import type { BudgetColumn, BudgetItem } from "../../core/model";
import { readBudgetItem, type BudgetRow } from "./budgetItem";
import { assignParents } from "./budgetHierarchy";
import { parseBudgetLabel } from "./budgetLabel";
import { labelText } from "./cellText";
import { BUDGET_COLUMNS, type Header } from "./findHeaders";
import type { Grid } from "./grid";
import { isPlaceholderName, rowMark } from "./rowMarks";

/** The item rows under one budget header; `parent` indexes into `items`. */
export type BudgetBlock = {
  readonly items: readonly BudgetItem[];
  readonly columns: readonly BudgetColumn[];
  readonly header: Header;
  readonly findings: readonly Finding[];
};

const BLANK_ROWS_ENDING_TABLE = 3;

/**
 * Reads the item rows under a budget header (SPEC 2.3) until a note, three blank rows or `stopRow`: each row's label
 * (the header's 项目 / 科目 column, else the first text column), its amounts, and the total it is a part of.
 */
export function readBudgetBlock(grid: Grid, header: Header, stopRow: number): BudgetBlock {
  const columns = BUDGET_COLUMNS.filter((column) => header.columns[column] !== undefined);
  const labelCol = header.columns.item ?? firstTextColumn(grid, header, stopRow, columns);
  if (labelCol === null) return { items: [], columns, header, findings: [] };
  const rows: BudgetRow[] = [];
  let blanks = 0;
  for (let row = header.bottom + 1; row < stopRow && blanks < BLANK_ROWS_ENDING_TABLE; row++) {
    if (grid.isBlankRow(row, grid.left, header.right)) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (rowMark(grid, row, header.right)?.note) break;
    const text = grid.isCovered(row, labelCol) ? "" : String(grid.value(row, labelCol) ?? "");
    if (labelText(text) === "" || isPlaceholderName(text)) continue;
    rows.push({ row, text, label: parseBudgetLabel(text) });
  }
  const parents = assignParents(rows.map((entry) => entry.label));
  const readings = rows.map((entry, index) => readBudgetItem(grid, entry, labelCol, header, parents[index] ?? null));
  return {
    items: readings.map((reading) => reading.item),
    columns,
    header,
    findings: readings.flatMap((reading) => reading.findings),
  };
}

/** The first column left of the amounts whose cells hold words rather than numbers or bare numbering. */
function firstTextColumn(grid: Grid, header: Header, stopRow: number, columns: readonly BudgetColumn[]): number | null {
  const firstAmount = Math.min(...columns.map((column) => header.columns[column] ?? Infinity));
  for (let col = grid.left; col < firstAmount; col++) {
    for (let row = header.bottom + 1; row < stopRow; row++) {
      const value = grid.value(row, col);
      if (typeof value === "string" && /\p{Script=Han}{2}/u.test(value)) return col;
    }
  }
  return null;
}
