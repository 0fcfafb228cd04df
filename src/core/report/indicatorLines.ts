import type { IndicatorResult } from "../results";
import type { IndicatorLine } from "./text.zh";

/** The three sides of 预算使用效益 an indicator speaks to. */
export type BenefitSide = "economy" | "effect" | "fairness";

/** Line breaks inside a cell (`个别诉求\n未能解决`) are layout, not words: a sentence runs on. */
const flat = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, "").trim();

/** An indicator row as the report tells it: the texts as written, the engine's verdict and score. */
export function indicatorLine(result: IndicatorResult): IndicatorLine {
  const { row, actual } = result;
  return {
    name: flat(row.name),
    target: flat(row.targetText),
    actual: actual.kind === "empty" ? null : flat(actual.text),
    status: result.status,
    achievement: result.achievement,
    score: result.score,
    weight: row.weight,
    reason: flat(row.reason),
    reasonRequired: result.reasonRequired,
  };
}

/**
 * Which side of 预算使用效益 a row speaks to: 公平性 for 满意度 indicators, 经济性 for cost indicators (成本指标,
 * “三公”经费, 公用经费, 节约), 效果性 for the rest (产出 and 效益).
 */
export function benefitSide(result: IndicatorResult): BenefitSide {
  const { level1, level2, name } = result.row;
  if ([level1, level2, name].some((label) => label.includes("满意"))) return "fairness";
  if (/成本|经济性|节约|三公|公用经费/.test(`${level2}|${name}`)) return "economy";
  return "effect";
}
