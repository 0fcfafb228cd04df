import { roundScore } from "./scoring/round";

/**
 * How figures are written in messages and reports: 2 decimals for 万元 amounts, percentages and scores (SPEC §6),
 * rounded half away from zero as finance officers round by hand.
 */
function fixed(value: number, decimals: number): string {
  const rounded = roundScore(value, decimals);
  // Keeps "-0.00" out of messages when a tiny negative difference rounds away.
  return (rounded === 0 ? 0 : rounded).toFixed(decimals);
}

/** An amount in 万元 without its unit: 797.14 → "797.14". */
export function formatAmount(amount: number): string {
  return fixed(amount, 2);
}

/** An amount in 万元 with its unit: 797.14 → "797.14万元". */
export function formatWan(amount: number): string {
  return `${formatAmount(amount)}万元`;
}

/** A rate held as a fraction, in percent: 0.99586 → "99.59%", −0.13594 → "-13.59%". */
export function formatPercent(fraction: number): string {
  return `${fixed(fraction * 100, 2)}%`;
}

/** A score or a weight: 9.96 → "9.96", 5 → "5.00". */
export function formatScore(score: number): string {
  return fixed(score, 2);
}

/** A count of people or occurrences: whole numbers as they are (12), anything else to 2 decimals. */
export function formatCount(count: number): string {
  return Number.isInteger(count) ? String(count) : fixed(count, 2);
}
