import type { BudgetItem, BudgetTable } from "../model";
import type { RatioKey, Ratios } from "../results";
import { amountOf, budgetOf, itemByKey, spendingItem, STOCK_COLUMNS } from "./budgetFigures";

type Fraction = readonly [numerator: number | null, denominator: number | null];

const execution = (item: BudgetItem | null): Fraction => [amountOf(item, ["executed"]), budgetOf(item)];

/** (to − from) / from. */
const change = (from: number | null, to: number | null): Fraction => [
  from !== null && to !== null ? to - from : null,
  from,
];

const stock = (
  budget: BudgetTable,
  part: "fixedAssetsInUse" | "actualStaff",
  whole: "fixedAssetsTotal" | "authorisedStaff",
): Fraction => [amountOf(itemByKey(budget, part), STOCK_COLUMNS), amountOf(itemByKey(budget, whole), STOCK_COLUMNS)];

/** Each ratio as numerator and denominator (domain-rules §3.11). */
const FORMULAS: { readonly [K in RatioKey]: (budget: BudgetTable) => Fraction } = {
  budgetExecutionRate: (b) => execution(spendingItem(b)),
  budgetAdjustmentRate: (b) => change(amountOf(spendingItem(b), ["initial"]), budgetOf(spendingItem(b))),
  finalVsBudgetVarianceRate: (b) => {
    const income = itemByKey(b, "fiscalIncome", "incomeTotal");
    const [difference, initial] = change(amountOf(income, ["initial"]), amountOf(income, ["executed"]));
    return [difference === null ? null : Math.abs(difference), initial];
  },
  threePublicControlRate: (b) => execution(itemByKey(b, "threePublic")),
  threePublicChangeRate: (b) => {
    const threePublic = itemByKey(b, "threePublic");
    return change(amountOf(threePublic, ["prior"]), amountOf(threePublic, ["executed"]));
  },
  publicFundsControlRate: (b) => {
    const publicFunds = itemByKey(b, "publicFunds");
    return [amountOf(publicFunds, ["executed"]), amountOf(publicFunds, ["initial"])];
  },
  procurementExecutionRate: (b) => execution(itemByKey(b, "procurement")),
  fixedAssetUtilizationRate: (b) => stock(b, "fixedAssetsInUse", "fixedAssetsTotal"),
  staffControlRate: (b) => stock(b, "actualStaff", "authorisedStaff"),
  carryoverRate: (b) => [
    amountOf(itemByKey(b, "carryover"), STOCK_COLUMNS),
    budgetOf(itemByKey(b, "expenditureTotal")),
  ],
};

/**
 * The standard ratios of SPEC §3.4 from the budget table, as unrounded fractions (0.99586, signed −0.13594 for a cut
 * budget). A ratio whose figures are missing, or whose denominator is 0, is absent.
 */
export function computeRatios(budget: BudgetTable): Ratios {
  const ratios: { [K in RatioKey]?: number } = {};
  for (const key of Object.keys(FORMULAS) as RatioKey[]) {
    const [numerator, denominator] = FORMULAS[key](budget);
    if (numerator !== null && denominator !== null && denominator !== 0) ratios[key] = numerator / denominator;
  }
  return ratios;
}
