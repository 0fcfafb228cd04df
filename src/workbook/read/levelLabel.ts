import { normaliseText } from "../../core/text/normalise";

/** A 一级 or 二级 label split into its name and the weight it declares, if any. */
export type LevelLabel = { readonly name: string; readonly weight: number | null };

/** `产出指标(50分)`, `产出指标（50分）`, `管理效能 45分`: the name, then the points in brackets or after it. */
const WITH_WEIGHT = /^(.*?[^\d\s.])\s*\(?\s*(\d+(?:\.\d+)?)\s*分\s*\)?$/;

/**
 * Splits a level label into its name and declared weight (`产出指标(50分)` → 产出指标, 50). A label without points
 * keeps its text as the name, line breaks removed.
 */
export function parseLevelLabel(text: string): LevelLabel {
  const folded = normaliseText(text);
  const match = WITH_WEIGHT.exec(folded);
  if (!match?.[1] || match[2] === undefined) return { name: folded.replace(/\s/g, ""), weight: null };
  return { name: match[1].replace(/\s/g, ""), weight: Number(match[2]) };
}
