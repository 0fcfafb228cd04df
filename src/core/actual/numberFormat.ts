import { readUnit } from "../target/units";

/** What an Excel number format says about the number it shows. */
export type FormatMeaning =
  { readonly kind: "date" } | { readonly kind: "percent" } | { readonly kind: "plain"; readonly unit: string | null };

// Quoted literals ("件"), escaped characters (\件), padding (_) and fill (*x), and bracketed sections ([Red], [$-804],
// [DBNum1]) are decoration: only what is left says date or percent.
const DECORATION = /"[^"]*"|\\.|[_*].|\[[^\]]*\]/g;
const DATE_CODES = /[ymdhs年月日时分秒]/i;
const QUOTED = /"([^"]*)"/g;

/**
 * Reads a number format code: a date or time (`yyyy/m/d`, `yyyy"年"m"月"`, `h:mm`), a percentage (`0%`, `0.00%`),
 * or a plain number, with the unit its quoted suffix names (`0"件"`, `0.00"万元"`).
 */
export function readNumberFormat(format: string): FormatMeaning {
  let meaning = MEANINGS.get(format);
  if (meaning === undefined) {
    meaning = readFormatCode(format);
    if (MEANINGS.size < MEANINGS_KEPT) MEANINGS.set(format, meaning);
  }
  return meaning;
}

// A workbook uses a handful of formats over thousands of number cells: each is read once. The bound keeps a
// workbook with a format per cell from growing the cache without end.
const MEANINGS = new Map<string, FormatMeaning>();
const MEANINGS_KEPT = 1000;

function readFormatCode(format: string): FormatMeaning {
  const codes = format.replace(DECORATION, "");
  if (codes.includes("%")) return { kind: "percent" };
  if (DATE_CODES.test(codes)) return { kind: "date" };
  return { kind: "plain", unit: literalUnit(format) };
}

/** The unit a format's quoted literal names, when the literal is exactly one unit. */
function literalUnit(format: string): string | null {
  const firstSection = format.split(";")[0] ?? "";
  for (const match of firstSection.matchAll(QUOTED)) {
    const literal = (match[1] ?? "").trim();
    const reading = readUnit(literal, 0);
    if (reading.unit !== null && reading.length === literal.length && reading.scale === 1) return reading.unit;
  }
  return null;
}
