import { labelKey } from "../text/normalise";
import type { RatioKey } from "../results";

/** The standard ratios' names as finance officers write them (SPEC §3.4, domain-rules §3.11). */
export const RATIO_LABELS: { readonly [K in RatioKey]: string } = {
  budgetExecutionRate: "预算执行率",
  budgetAdjustmentRate: "预算调整率",
  finalVsBudgetVarianceRate: "预决算差异率",
  threePublicControlRate: "三公经费控制率",
  threePublicChangeRate: "三公经费变动率",
  publicFundsControlRate: "公用经费控制率",
  procurementExecutionRate: "政府采购执行率",
  fixedAssetUtilizationRate: "固定资产利用率",
  staffControlRate: "在职人员控制率",
  carryoverRate: "结转结余率",
};

/** Other names of the same ratios, seen in the seeds and provincial tables. */
const SYNONYMS: readonly (readonly [string, RatioKey])[] = [
  ["预算完成率", "budgetExecutionRate"],
  ["财政拨款收入预决算差异率", "finalVsBudgetVarianceRate"],
  ["资产利用率", "fixedAssetUtilizationRate"],
  ["财政供养人员控制率", "staffControlRate"],
  ["人员控制率", "staffControlRate"],
  ["结转结余资金率", "carryoverRate"],
];

const BY_KEY: readonly (readonly [string, RatioKey])[] = [
  ...(Object.entries(RATIO_LABELS) as [RatioKey, string][]).map(([key, label]) => [labelKey(label), key] as const),
  ...SYNONYMS.map(([label, key]) => [labelKey(label), key] as const),
].sort((a, b) => b[0].length - a[0].length);

const RATE = "率";

/**
 * The standard ratio an indicator's name refers to (`“三公”经费控制率` → threePublicControlRate), or null.
 * Quotes and spaces are ignored; the longest known name found in the text wins, so 结转结余变动率 does not match
 * 结转结余率.
 */
export function ratioKeyForName(name: string): RatioKey | null {
  // Every ratio is a 率: most indicator names are not, and are answered without folding them.
  if (!name.includes(RATE)) return null;
  const key = labelKey(name).replace(/["'“”‘’「」『』]/g, "");
  if (key.includes("变动率") && !key.includes("三公")) return null;
  for (const [label, ratio] of BY_KEY) if (key.includes(label)) return ratio;
  return null;
}
