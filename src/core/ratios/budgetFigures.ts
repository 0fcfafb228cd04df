import type { BudgetColumn, BudgetItem, BudgetItemKey, BudgetTable } from "../model";

/** The first amount of `item` found in `columns`, in that order of preference; null when none is filled. */
export function amountOf(item: BudgetItem | null, columns: readonly BudgetColumn[]): number | null {
  if (!item) return null;
  for (const column of columns) {
    const amount = item.amounts[column];
    if (amount !== undefined && Number.isFinite(amount)) return amount;
  }
  return null;
}

/** The first item of the table that `keys` name, tried in order (a fallback chain such as 支出合计 → 收入合计). */
export function itemByKey(budget: BudgetTable, ...keys: readonly BudgetItemKey[]): BudgetItem | null {
  for (const key of keys) {
    const item = budget.items.find((candidate) => candidate.key === key);
    if (item) return item;
  }
  return null;
}

/**
 * The item spending is measured on (预算执行率, 预算调整率, the report's 预算编制情况): 支出合计; a table that only states
 * its income (seed 001) is measured on that.
 */
export function spendingItem(budget: BudgetTable): BudgetItem | null {
  return itemByKey(budget, "expenditureTotal", "incomeTotal", "fiscalIncome");
}

/**
 * 全年预算数 of an item: the adjusted budget; where the table has no such column, 年初预算数 + 调整数 (seed 002
 * gives 358.03 and −11.65 only), else 年初预算数.
 */
export function budgetOf(item: BudgetItem | null): number | null {
  const adjusted = amountOf(item, ["adjusted"]);
  if (adjusted !== null) return adjusted;
  const initial = amountOf(item, ["initial"]);
  const adjustment = amountOf(item, ["adjustment"]);
  return initial !== null && adjustment !== null ? initial + adjustment : initial;
}

/** The figure of a stock or count row (staff, fixed assets, carry-over): the final one when given, else the budgeted. */
export const STOCK_COLUMNS: readonly BudgetColumn[] = ["executed", "adjusted", "initial"];
