import type { BudgetItem, BudgetItemKey, BudgetTable } from "../model";
import { amountOf, budgetOf, itemByKey } from "../ratios/budgetFigures";
import { normaliseText } from "../text/normalise";
import { splitOutlineMarks } from "../text/outlineMarks";

/** The figures of one budget item that the report writes, each null when the table does not give it. */
export type ItemFigures = {
  /** The item's label without its outline marks (`其中：公务接待费` → `公务接待费`). */
  readonly name: string;
  /** 年初预算数. */
  readonly initial: number | null;
  /** 调整预算数: the table's own, else 全年预算数 − 年初预算数. */
  readonly adjustment: number | null;
  /** 全年预算数 (adjusted; see `budgetOf`). */
  readonly budget: number | null;
  /** 全年执行数 (决算数). */
  readonly executed: number | null;
  /** 上年数. */
  readonly prior: number | null;
  /** The items the table lists under this one (`其中`, indentation, numbering), in order. */
  readonly parts: readonly ItemFigures[];
};

/** The figures of an item and of the items under it. */
export function figuresOf(budget: BudgetTable, item: BudgetItem): ItemFigures {
  const index = budget.items.indexOf(item);
  const initial = amountOf(item, ["initial"]);
  const adjusted = amountOf(item, ["adjusted"]);
  const derivedAdjustment = initial !== null && adjusted !== null ? adjusted - initial : null;
  return {
    name: splitOutlineMarks(normaliseText(item.label)).body.replace(/\s/g, ""),
    initial,
    adjustment: amountOf(item, ["adjustment"]) ?? derivedAdjustment,
    budget: budgetOf(item),
    executed: amountOf(item, ["executed"]),
    prior: amountOf(item, ["prior"]),
    parts: budget.items.filter((part) => part.parent === index).map((part) => figuresOf(budget, part)),
  };
}

/** The figures of the first item `keys` name, tried in order; null when the table has none of them. */
export function figuresByKey(budget: BudgetTable | null, ...keys: readonly BudgetItemKey[]): ItemFigures | null {
  const item = budget ? itemByKey(budget, ...keys) : null;
  return budget && item ? figuresOf(budget, item) : null;
}
