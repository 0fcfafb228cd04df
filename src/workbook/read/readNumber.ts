import { readNumberFormat } from "../../core/actual/numberFormat";
import { normaliseText } from "../../core/text/normalise";
import { parseNumberText, parsePercentText } from "../../core/text/parseNumber";
import type { CellValue } from "../snapshot";

/** A number read from a cell; `percent` when it was written as a percentage (`86%` → value 86, percent true). */
export type NumberReading = { readonly value: number; readonly percent: boolean };

/** Units people type after a weight, a score, an amount or a head count (`10分`, `346.38万元`, `14人`). */
const UNIT_SUFFIX = /(分|万元|元|人)$/;

const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/**
 * Past 15 significant digits a double holds no decimals: no weight, score, amount or head count of a form is that
 * large, and sums of such figures (a 总分 of 1.8e306 + 1.8e306) overflow to Infinity.
 */
const MAX_FIGURE = 1e15;

/**
 * Reads a number out of a cell value: numbers as they are, and numbers written as text (`1,391.03`, full-width
 * digits, `86%`, `10分`). A percentage keeps the figure as written and says so; the caller knows whether the cell
 * wants a fraction. Anything else (words, `≥50`个, error values, booleans, numbers shown as dates, numbers of
 * MAX_FIGURE and beyond) is null.
 */
export function readNumber(value: CellValue, numberFormat = "General"): NumberReading | null {
  const reading = readAnyNumber(value, numberFormat);
  return reading !== null && Math.abs(reading.value) < MAX_FIGURE ? reading : null;
}

/** The value reads as a number, but one too large to be a figure of a form (MAX_FIGURE). */
export function isTooLarge(value: CellValue, numberFormat = "General"): boolean {
  const reading = readAnyNumber(value, numberFormat);
  return reading !== null && Math.abs(reading.value) >= MAX_FIGURE;
}

function readAnyNumber(value: CellValue, numberFormat: string): NumberReading | null {
  // A date typed where a number belongs (分值 2023-12-31) is a serial number like 45291: no weight, score or amount.
  if (typeof value === "number") {
    return Number.isFinite(value) && readNumberFormat(numberFormat).kind !== "date" ? { value, percent: false } : null;
  }
  if (typeof value !== "string") return null;
  const percent = parsePercentText(value);
  if (percent !== null) return { value: percent, percent: true };
  const plain = parseNumberText(normaliseText(value).replace(UNIT_SUFFIX, ""));
  return plain === null ? null : { value: plain, percent: false };
}

/** The value is a spreadsheet error (`#REF!`, `#DIV/0!`, …) as the hosts pass it: its text. */
export function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && ERROR_VALUE.test(value.trim());
}
