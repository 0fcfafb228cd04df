import { roundScore } from "./round";

/** A weight that can be scored against: finite and not negative (0 is a weight, if an odd one); else null. */
export function usableWeight(weight: number | null): number | null {
  return weight !== null && Number.isFinite(weight) && weight >= 0 ? weight : null;
}

/**
 * The score for `raw` points on a row of `weight`: within [0, weight] (never a bonus), rounded to `decimals`. A
 * weight written to more decimals than scores (9.995) must not round up past itself, so it rounds down instead.
 */
export function fitScore(raw: number, weight: number, decimals: number): number {
  const rounded = roundScore(Math.min(Math.max(raw, 0), weight), decimals);
  return rounded > weight ? roundScore(rounded - 10 ** -decimals, decimals) : rounded;
}

/** The best score a weight allows at `decimals`: the weight itself, unless it has more decimals than scores. */
export function fullScore(weight: number, decimals: number): number {
  return fitScore(weight, weight, decimals);
}
