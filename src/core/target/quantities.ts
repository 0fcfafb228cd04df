import { parseNumberText } from "../text/parseNumber";
import { arabiseCounts } from "./chineseNumerals";
import { readUnit } from "./units";

/** A number found in a clause, with the unit written after it. Offsets are into the prepared text. */
export type Quantity = {
  readonly value: number;
  readonly unit: string | null;
  /** Where the number (with its sign) starts. */
  readonly start: number;
  /** Where the number and its unit end. */
  readonly end: number;
};

// Years (`2021年`, `2021年12月`), calendar dates (`12月底`, `6月30日`) and quoted names (`“12345”热线`) hold
// digits that are not measures. Names are short; the bound keeps unclosed quotes from costing quadratic time.
const NOT_MEASURES =
  /“[^”]{0,40}”|《[^》]{0,40}》|(?:19|20)\d{2} ?年度?(?: ?\d{1,2} ?月(?: ?\d{1,2} ?[日号])?)?|\d{1,2} ?月 ?(?:\d{1,2} ?[日号]|[底末初份]|[上中下]旬)/g;

const NUMBER = /(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?/g;

/** Characters after which a `-` is a minus sign rather than a dash between two numbers (`2000-3000`). */
const BEFORE_SIGN = /[\s(:=<>≥≤为]/;

/**
 * Makes a normalised clause ready for number reading: blanks what only looks like a number and writes Chinese
 * counts in digits. The result is for reading numbers and operators only; show people the clause itself.
 */
export function prepareClause(clause: string): string {
  return arabiseCounts(clause.replace(NOT_MEASURES, (span) => " ".repeat(span.length)));
}

/** Every number in a prepared clause, in order, with its unit (`2000件`, `95%`, `1.2万人次` → 12000 人次). */
export function findQuantities(prepared: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of prepared.matchAll(NUMBER)) {
    const magnitude = parseNumberText(match[0]);
    if (magnitude === null) continue;
    const at = match.index;
    const negative = isMinus(prepared, at - 1);
    const reading = readUnit(prepared, at + match[0].length);
    const value = scaleBy(negative ? -magnitude : magnitude, reading.scale);
    // Hundreds of digits (or of them times 万) overflow to Infinity: such a cell holds no measure.
    if (!Number.isFinite(value)) continue;
    found.push({
      value,
      unit: reading.unit,
      start: negative ? at - 1 : at,
      end: at + match[0].length + reading.length,
    });
  }
  return found;
}

function isMinus(text: string, at: number): boolean {
  const ch = text[at];
  if (ch !== "-" && ch !== "−") return false;
  return at === 0 || BEFORE_SIGN.test(text[at - 1] ?? "");
}

/**
 * `value × factor` without binary noise (0.57 × 100 is 56.99999999999999 in floating point; people wrote 57).
 * Twelve significant digits are more than any cell of a 自评表 carries.
 */
export function scaleBy(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}
