import type { BudgetItemKey, BudgetTable } from "../model";

/** Counts of people, not money (编制数, 在职人数 and their parts). */
const HEADCOUNT: ReadonlySet<BudgetItemKey> = new Set(["authorisedStaff", "actualStaff"]);

/**
 * Rows whose 执行数 is not spending against a budget: headcounts, fixed-asset stocks, income (决算收入 above
 * 预算收入 is no overspend) and carry-over.
 */
const NOT_SPENDING: ReadonlySet<BudgetItemKey> = new Set([
  ...HEADCOUNT,
  "fixedAssetsInUse",
  "fixedAssetsTotal",
  "incomeTotal",
  "fiscalIncome",
  "carryover",
]);

/** The known keys of an item and of every total above it; a part takes its nature from its total (行政编制 ⊂ 编制数). */
function lineageKeys(budget: BudgetTable, index: number): BudgetItemKey[] {
  const keys: BudgetItemKey[] = [];
  const seen = new Set<number>();
  for (let at: number | null = index; at !== null && !seen.has(at); at = budget.items[at]?.parent ?? null) {
    seen.add(at);
    const key = budget.items[at]?.key;
    if (key) keys.push(key);
  }
  return keys;
}

/** The item at `index` counts people, not 万元. */
export function isHeadcount(budget: BudgetTable, index: number): boolean {
  return lineageKeys(budget, index).some((key) => HEADCOUNT.has(key));
}

/** The item at `index` is spending, so its 执行数 must stay within its budget. */
export function isSpending(budget: BudgetTable, index: number): boolean {
  return !lineageKeys(budget, index).some((key) => NOT_SPENDING.has(key));
}
