import { normaliseText } from "./normalise";

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a number written as text: `1,391.03`, `１３９１．０３`, ` 86 `, `-11.65`. Returns null for anything else
 * (units, words, empty), so callers decide what a unit means. A trailing `%` is not accepted here: see
 * `parsePercentText`.
 */
export function parseNumberText(text: string): number | null {
  const match = NUMBER_TEXT.exec(normaliseText(text).replace(/\s/g, ""));
  if (!match) return null;
  const value = Number(`${match[1] ?? ""}${(match[2] ?? "").replace(/,/g, "")}${match[3] ?? ""}`);
  return Number.isFinite(value) ? value : null;
}

/** Reads `86%`, `９５％`, `99.59 %` as percent points (86, 95, 99.59); null when the text is not a percentage. */
export function parsePercentText(text: string): number | null {
  const folded = normaliseText(text).replace(/\s/g, "");
  if (!folded.endsWith("%")) return null;
  return parseNumberText(folded.slice(0, -1));
}
