import { roundScore } from "../scoring/round";
import type { ScoringRule } from "./types";

type RuleOf<K extends ScoringRule["kind"]> = Extract<ScoringRule, { kind: K }>;
type BandsRule = RuleOf<"bands">;

/**
 * The points a 评分标准 rule gives a value (in the rule's own terms: percent points for rates, a count for
 * occurrences), capped to [0, min(weight, fullMarks)] and rounded to 2 decimals. A per-occurrence rule that states no
 * full marks starts from the weight. Null when the rule is unrecognised, the value is not a finite number, no band
 * holds it, or a count is negative: the row is then scored by hand.
 */
export function applyRuleText(rule: ScoringRule, value: number, weight: number): number | null {
  if (rule.kind === "unrecognised" || !Number.isFinite(value)) return null;
  const cap = Math.max(0, Math.min(weight, rule.fullMarks ?? weight));
  const points = pointsOf(rule, value, weight);
  return points === null ? null : roundScore(Math.min(Math.max(points, 0), cap));
}

function pointsOf(rule: Exclude<ScoringRule, RuleOf<"unrecognised">>, value: number, weight: number): number | null {
  switch (rule.kind) {
    case "deduction": {
      const shortfall = rule.lossSide === "above" ? value - rule.threshold : rule.threshold - value;
      return rule.fullMarks - (rule.perStep * Math.max(0, shortfall)) / rule.step;
    }
    case "per-occurrence":
      return value < 0 ? null : (rule.fullMarks ?? weight) - rule.perOccurrence * value;
    case "bands":
      return bandPoints(rule, bandScaleStartsAtZero(rule) ? Math.abs(value) : value);
  }
}

function bandPoints(rule: BandsRule, value: number): number | null {
  const band = rule.bands.find(
    (b) =>
      (b.min === null || value > b.min || (b.minInclusive && value === b.min)) &&
      (b.max === null || value < b.max || (b.maxInclusive && value === b.max)),
  );
  return band ? band.points : null;
}

/**
 * Bands that start at 0 measure the size of a change: 预算调整率 counts a cut (−13.59 %) like a rise (domain-rules
 * §3.11, "absolute value"), so a negative value is read by its magnitude.
 */
function bandScaleStartsAtZero(rule: BandsRule): boolean {
  const lows = rule.bands.map((b) => b.min);
  return lows.every((low): low is number => low !== null) && Math.min(...lows) === 0;
}
