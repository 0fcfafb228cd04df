import type { Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import type { BudgetColumn, BudgetItem } from "../../core/model";
import type { BudgetLabel } from "./budgetLabel";
import { labelText } from "./cellText";
import { BUDGET_COLUMNS, type Header } from "./findHeaders";
import type { Grid } from "./grid";
import { numberCell } from "./numberCell";

/** A labelled row of a budget table, before its place in the hierarchy is known. */
export type BudgetRow = { readonly row: number; readonly text: string; readonly label: BudgetLabel };

/** A budget item read, with the error values found in its amounts. */
export type BudgetItemReading = { readonly item: BudgetItem; readonly findings: readonly Finding[] };

/** Reads the amounts of one budget row into an item; blank or unreadable amounts are left out. */
export function readBudgetItem(
  grid: Grid,
  { row, text, label }: BudgetRow,
  labelCol: number,
  header: Header,
  parent: number | null,
): BudgetItemReading {
  const name = labelText(text);
  const amounts: { [C in BudgetColumn]?: number } = {};
  const at: { row: CellRef } & { [C in BudgetColumn]?: CellRef } = { row: grid.ref(row, labelCol) };
  const findings: Finding[] = [];
  for (const column of BUDGET_COLUMNS) {
    const col = header.columns[column];
    if (col === undefined) continue;
    at[column] = grid.ref(row, col);
    const amount = numberCell(grid, row, col, name, findings);
    if (amount !== null) amounts[column] = amount;
  }
  return { item: { label: name, key: label.key, parent, amounts, at }, findings };
}
