import type { FakeCell } from "./model";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Days from Excel's day 0 (1899-12-30) to a date: the serial number Excel stores for it. */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Puts one entry of a `Range.values` write into a cell the way Excel does, which is the way typing does:
 * a number or boolean is stored as is; in a Text-formatted ("@") cell a string is kept exactly; otherwise a leading
 * apostrophe marks text (and is dropped), "" empties the cell, "=…" becomes a formula, "+…", "-…" and "@…" that are
 * not numbers become formulas too, and numbers, percentages, ISO dates and TRUE/FALSE written as text are converted.
 */
export function enterValue(cell: FakeCell, input: string | number | boolean): void {
  cell.formula = null;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const text = input.trim();
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
  } else if (text === "") {
    cell.value = "";
  } else if (text.startsWith("=")) {
    setFormula(cell, text);
  } else if (NUMBER.test(text.replace(/%$/, "")) && /\d/.test(text)) {
    const number = Number(text.replace(/[,%]/g, ""));
    cell.value = text.endsWith("%") ? number / 100 : number;
  } else if (DATE.test(text)) {
    const [, year, month, day] = DATE.exec(text) ?? [];
    cell.value = dateSerial(Number(year), Number(month), Number(day));
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === "true";
  } else if (/^[+\-@]/.test(text)) {
    setFormula(cell, `=${text}`);
  } else {
    cell.value = input;
  }
}

/** The fake computes no formula, its value is 0: the host writes none, and tests only check that text became one. */
function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  cell.value = 0;
}
