import { labelKey } from "../../core/text/normalise";
import type { CellValue } from "../snapshot";

/**
 * A cell's value as the text a person sees: numbers in a percent format as percentages (0.95 → `95%`), other values
 * as written, trimmed; "" for an empty cell.
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "number" && numberFormat.includes("%")) return `${roundDigits(value * 100)}%`;
  return String(value).trim();
}

/** A label or name on one line: line breaks inside it (`年度\n指标值`) and the space around them removed. */
export function labelText(value: CellValue): string {
  if (value === null) return "";
  return String(value)
    .replace(/\s*[\r\n]+\s*/g, "")
    .trim();
}

/** What `labelKey` would change: white space, full-width ASCII, the ideographic space, ≦ and ≧. */
const NEEDS_FOLDING = /[\s\uff01-\uff5e\u3000≦≧]/;

/**
 * `labelKey(text)`, without its character-by-character work for text that has nothing to fold: every cell of a
 * large sheet passes through here while headers and footers are looked for.
 */
export function fastLabelKey(text: string): string {
  return NEEDS_FOLDING.test(text) ? labelKey(text) : text;
}

/** The match key of a cell that holds text, or null for numbers, booleans and empty cells. */
export function textKey(value: CellValue): string | null {
  return typeof value === "string" && value.trim() !== "" ? fastLabelKey(value) : null;
}

/** Drops the binary noise of `0.95 * 100` (95.00000000000001) without rounding real digits away. */
function roundDigits(value: number): number {
  return Number(value.toPrecision(12));
}
