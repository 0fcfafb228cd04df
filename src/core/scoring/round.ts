/**
 * Rounds half away from zero to `decimals` places, as finance officers and Excel's ROUND do, and as the decimal
 * figure was meant: 1.005 → 1.01 and 8.345 → 8.35 although their binary doubles lie just below the half.
 * Non-finite values come back unchanged.
 */
export function roundScore(value: number, decimals = 2): number {
  // Past 15 significant digits a double has no decimals left to round.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const scaled = Math.abs(value) * 10 ** decimals;
  // Binary noise only matters next to a half; elsewhere the nearest whole unit is the answer, and dividing an exact
  // integer by an exact power of ten gives the same double as the decimal literal (996 / 100 === 9.96).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
    const rounded = Math.round(scaled) / 10 ** decimals;
    return value < 0 && rounded !== 0 ? -rounded : rounded;
  }
  // 15 significant digits drop the binary noise (1.00499999999999989… → 1.00500000000000) before the half is judged.
  const [mantissa, exponent] = Math.abs(value).toExponential(14).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The sum of scores, each rounded to `decimals` first (totals are sums of rounded scores, SPEC §3.1), added in whole
 * units of the last decimal so that no binary drift creeps in: 15 + 26.9 + 8 + 25.5 + 15.5 + 5 is exactly 95.9.
 */
export function sumScores(scores: readonly number[], decimals = 2): number {
  const scale = 10 ** decimals;
  const units = scores.reduce((total, score) => total + Math.round(roundScore(score, decimals) * scale), 0);
  return roundScore(units / scale, decimals);
}
