/** Excel's Text number format: what is entered into such a cell is kept as typed. */
export const TEXT_FORMAT = "@";

/** A plan value as it goes into `Range.values`, and whether the cell must be made Text first. */
export type CellInput = { readonly value: string | number; readonly asText: boolean };

/**
 * Text Excel would not keep as typed: `Range.values` parses strings the way typing does, so "=SUM(A1)", "+1", "-x"
 * and "@x" become formulas, and "86%", "1,391.03", "2024-1-2", "3:45", "Jan 5", "TRUE" or "#N/A" become numbers,
 * dates, booleans or errors; a leading apostrophe would be swallowed. Starting with a digit, sign, currency symbol,
 * bracket or dot, or with an English month name, counts as risky, which is wider than needed but never narrower.
 */
const PARSED_BY_EXCEL =
  /^\s*(?:[=+\-@'#(.$¥€£]|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|^\s*(?:true|false)\s*$/i;

/**
 * How a plan value is written. Text Excel would reinterpret goes into a cell set to the Text format ("@") in the
 * same request, before the value, so it is stored exactly; the apostrophe prefix is not used because in a cell
 * that is already Text the apostrophe stays part of the text. null (clear) is written as "", which empties a cell.
 */
export function toCellInput(value: number | string | null): CellInput {
  if (value === null) return { value: "", asText: false };
  if (typeof value === "number") return { value, asText: false };
  return { value, asText: PARSED_BY_EXCEL.test(value) };
}
