import { finding, type Finding } from "../findings/types";
import type { IndicatorRow } from "../model";
import type { EnteredCheck, Outcome } from "./outcome";
import { rowCell } from "./rowCell";

const inBand = (score: number, band: Extract<EnteredCheck, { kind: "band" }>): boolean =>
  score >= band.min && (band.maxInclusive ? score <= band.max : score < band.max);

/**
 * Checks a score a person typed (already rounded) against the weight and against what the rule allows: above the
 * weight is SCORE_OVER_WEIGHT; otherwise a rule's exact score must match (SCORE_MISMATCH) and a qualitative score
 * must lie in its tier's band (QUALITATIVE_SCORE_OUT_OF_BAND). The typed score is kept either way.
 */
export function checkEntered(row: IndicatorRow, entered: number, weight: number, outcome: Outcome): Finding[] {
  const at = rowCell(row, "score");
  if (entered > weight) return [finding("SCORE_OVER_WEIGHT", at, { name: row.name, score: entered, weight })];
  const { entered: check, score: computed } = outcome;
  if (computed === null) return [];
  if (check.kind === "equal" && entered !== computed) {
    return [finding("SCORE_MISMATCH", at, { name: row.name, entered, computed })];
  }
  if (check.kind === "band" && !inBand(entered, check)) {
    const { tier, min, max } = check;
    return [finding("QUALITATIVE_SCORE_OUT_OF_BAND", at, { name: row.name, score: entered, tier, min, max })];
  }
  return [];
}
