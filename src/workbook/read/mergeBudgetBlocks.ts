import type { BudgetItem, BudgetTable } from "../../core/model";
import type { Grid } from "./grid";
import { BUDGET_COLUMNS } from "./findHeaders";
import type { BudgetBlock } from "./readBudgetBlock";

/** A budget block and the sheet it was read from. */
export type PlacedBudgetBlock = { readonly grid: Grid; readonly block: BudgetBlock };

/**
 * Joins the budget blocks of a workbook (a 收支 table, a 三公 table, a staff table, on one sheet or several) into the
 * one budget table the engine reads: items in order, parents re-indexed, columns the union; named after the first
 * block. Null when no block has items.
 */
export function mergeBudgetBlocks(blocks: readonly PlacedBudgetBlock[]): BudgetTable | null {
  const filled = blocks.filter(({ block }) => block.items.length > 0);
  const first = filled[0];
  if (!first) return null;
  const items: BudgetItem[] = [];
  for (const { block } of filled) {
    const offset = items.length;
    items.push(...block.items.map((item) => ({ ...item, parent: item.parent === null ? null : item.parent + offset })));
  }
  const present = new Set(filled.flatMap(({ block }) => block.columns));
  return {
    sheet: first.grid.sheet,
    items,
    columns: BUDGET_COLUMNS.filter((column) => present.has(column)),
    at: { header: first.grid.ref(first.block.header.row, first.block.header.left) },
  };
}
