import type { BudgetColumn, BudgetItem, BudgetTable } from "../model";
import { finding, type Finding } from "../findings/types";
import { amountOf, budgetOf } from "../ratios/budgetFigures";
import { roundScore } from "../scoring/round";
import { isHeadcount, isSpending } from "./budgetLineage";

/** Money is kept to the fen: anything above half a fen is a real difference, anything below is float noise. */
const TOLERANCE = 0.005;

const differs = (a: number, b: number) => Math.abs(a - b) > TOLERANCE;

/**
 * Checks the 预算收支表's arithmetic (SPEC §2.3): every total equals the sum of its parts in each column
 * (BUDGET_SUM_MISMATCH), 年初预算数 + 调整数 = 全年预算数 (BUDGET_ADJUST_MISMATCH), and spending stays within its
 * budget (EXECUTION_OVER_BUDGET). Each finding points at the cell holding the stated figure.
 */
export function checkBudget(budget: BudgetTable): Finding[] {
  return budget.items.flatMap((item, index) => [
    ...sumFindings(budget, item, index),
    ...adjustmentFindings(item),
    ...(isSpending(budget, index) ? executionFindings(item) : []),
  ]);
}

function sumFindings(budget: BudgetTable, item: BudgetItem, index: number): Finding[] {
  const parts = budget.items.filter((candidate, at) => candidate.parent === index && at !== index);
  if (parts.length === 0) return [];
  const unit = isHeadcount(budget, index) ? { unit: "人" } : {};
  return (Object.keys(item.amounts) as BudgetColumn[]).flatMap((column) => {
    const stated = amountOf(item, [column]);
    const filled = parts.map((part) => amountOf(part, [column])).filter((amount) => amount !== null);
    // A column filled only on the total row (its parts left blank) states no breakdown to check.
    if (stated === null || filled.length === 0) return [];
    const sum = roundScore(filled.reduce((total, amount) => total + amount, 0));
    if (!differs(stated, sum)) return [];
    return [
      finding("BUDGET_SUM_MISMATCH", item.at[column] ?? item.at.row, {
        item: item.label,
        column,
        stated,
        sum,
        parts: parts.map((part) => part.label),
        ...unit,
      }),
    ];
  });
}

function adjustmentFindings(item: BudgetItem): Finding[] {
  const initial = amountOf(item, ["initial"]);
  const adjustment = amountOf(item, ["adjustment"]);
  const adjusted = amountOf(item, ["adjusted"]);
  if (initial === null || adjustment === null || adjusted === null || !differs(initial + adjustment, adjusted))
    return [];
  return [
    finding("BUDGET_ADJUST_MISMATCH", item.at.adjusted ?? item.at.row, {
      item: item.label,
      initial,
      adjustment,
      adjusted,
    }),
  ];
}

function executionFindings(item: BudgetItem): Finding[] {
  const executed = amountOf(item, ["executed"]);
  const budget = budgetOf(item);
  if (executed === null || budget === null || !(executed - budget > TOLERANCE)) return [];
  return [
    finding("EXECUTION_OVER_BUDGET", item.at.executed ?? item.at.row, {
      item: item.label,
      budget: roundScore(budget),
      executed,
    }),
  ];
}
