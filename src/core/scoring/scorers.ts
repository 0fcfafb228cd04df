import { finding } from "../findings/types";
import type {
  ComparativeTarget,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  TargetKind,
  ZeroTarget,
} from "../target/types";
import { manual, scored, type Outcome, type Scorer, type ScorerInput } from "./outcome";
import { readQuantity } from "./readQuantity";
import { roundScore } from "./round";
import { rowCell } from "./rowCell";
import { achievementOf, reachShare, stayUnderShare } from "./shares";

/** Ratios of actual to target are reported to 4 decimals (120.53 %), enough for any message. */
const RATIO_DECIMALS = 4;

/**
 * Positive targets (≥ 不少于 达到) and equality ones (=100%, scored as positive): full weight at or above the
 * target, else in proportion. At overAchievementRatio × target or more the row is flagged: the target was probably
 * set too low, a 偏差原因 is required, and a person may lower the score (按照偏离度适度调减分值).
 */
const positive: Scorer<QuantitativeTarget> = (input) => {
  const value = readQuantity(input, input.target.unit);
  if (typeof value !== "number") return value;
  const goal = input.target.value;
  const achievement = achievementOf(value, goal);
  const outcome = scored(reachShare(value, goal) * input.weight, input, { achievement });
  const { overAchievementRatio } = input.rules;
  if (goal <= 0 || achievement === null || roundScore(achievement, 6) < overAchievementRatio) return outcome;
  const { row, actual } = input;
  const over = finding("OVER_ACHIEVED", rowCell(row, "actual"), {
    name: row.name,
    target: row.targetText,
    actual: actual.kind === "quantity" ? actual.text : String(value),
    ratio: roundScore(achievement, RATIO_DECIMALS),
    threshold: overAchievementRatio,
  });
  return { ...outcome, status: "exceeded", trigger: "exceeded", entered: { kind: "any" }, findings: [over] };
};

/** Reverse targets (≤ 不超过 低于, costs, failure rates): full weight at or under the target (domain-rules §3.5). */
const reverse: Scorer<QuantitativeTarget> = (input) => {
  const value = readQuantity(input, input.target.unit);
  if (typeof value !== "number") return value;
  const goal = input.target.value;
  const share = stayUnderShare(value, goal, input.rules.reverseMode);
  return scored(share * input.weight, input, { achievement: achievementOf(value, goal) });
};

/** Zero targets (零进京, 0次, 不发生): the ratio is undefined at 0, so the score is all or nothing. */
const zero: Scorer<ZeroTarget> = (input) => {
  const value = readQuantity(input, input.target.unit);
  if (typeof value !== "number") return value;
  return scored(value <= 0 ? input.weight : 0, input);
};

/**
 * Comparative targets (与上年持平, 只减不增, 较上年下降X%): the prior-year value makes them quantitative; without it
 * the row is scored by hand.
 */
const comparative: Scorer<ComparativeTarget> = (input) => {
  const { target, row, rules } = input;
  if (row.prior === null || !Number.isFinite(row.prior)) {
    const needsPrior = finding("COMPARATIVE_NEEDS_PRIOR", rowCell(row, "target"), {
      name: row.name,
      text: target.text,
    });
    return manual([needsPrior], true);
  }
  const value = readQuantity(input, null);
  if (typeof value !== "number") return value;
  const goal = goalFromPrior(target, row.prior);
  const share =
    target.direction === "positive" ? reachShare(value, goal) : stayUnderShare(value, goal, rules.reverseMode);
  return scored(share * input.weight, input, { achievement: achievementOf(value, goal) });
};

function goalFromPrior(target: ComparativeTarget, prior: number): number {
  const change = (target.percent ?? 0) / 100;
  if (target.relation === "increase") return prior * (1 + change);
  if (target.relation === "decrease") return prior * (1 - change);
  return prior;
}

/**
 * Qualitative targets: the tier named in the 实际完成值 pre-fills its share of the weight (100 / 70 / 30 %); a score
 * a person types must lie in the tier's band, whose ends are rounded as the vendor check rounds them (domain-rules
 * §3.7: 80 % belongs to the top tier, 60 % to the middle). Without a tier a person scores the row.
 */
const qualitative: Scorer<QualitativeTarget> = (input) => {
  const { actual, weight, rules } = input;
  if (actual.kind !== "tier") return manual([], true);
  const { tier } = actual;
  const [low, high] = rules.qualitativeBands[tier];
  const edge = (fraction: number) => roundScore(weight * fraction, rules.scoreDecimals);
  return scored(weight * rules.qualitativePrefill[tier], input, {
    status: "qualitative",
    reached: tier === "met",
    trigger: tier === "met" ? null : "qualitative",
    entered: { kind: "band", tier, min: edge(low), max: edge(high), maxInclusive: tier === "met" },
  });
};

/** The one scorer of each target kind (domain-rules §0 rows 3–8). */
export const SCORERS: { readonly [K in TargetKind]: Scorer<Target & { readonly kind: K }> } = {
  positive,
  reverse,
  equality: positive,
  zero,
  comparative,
  qualitative,
};

/** Scores a target with the scorer of its kind. */
export function scoreTarget(input: ScorerInput<Target>): Outcome {
  // The table pairs every kind with its own scorer; TypeScript cannot follow that pairing through the lookup.
  const scorer = SCORERS[input.target.kind] as Scorer<Target>;
  return scorer(input);
}
