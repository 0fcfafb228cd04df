import type ExcelJS from "exceljs";
import { ValueType } from "./exceljs";
import type { CellValue } from "../../workbook/snapshot";

/** A cell as Office.js would report it: its value and, when it has one, its formula text ("=SUM(B2:B5)"). */
export type NormalisedCell = { readonly value: CellValue; readonly formula: string | null };

const EMPTY: NormalisedCell = { value: "", formula: null };

/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30, leap-year bug included) and the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** A JavaScript date (ExcelJS reads cells as UTC dates) → Excel serial number, as Office.js `range.values` gives it. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

type FormulaResult = ExcelJS.CellFormulaValue["result"];

function normaliseResult(result: FormulaResult): CellValue {
  if (result === undefined) return "";
  if (result instanceof Date) return dateToSerial(result);
  if (typeof result === "object") return result.error;
  return result;
}

function joinRuns(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

/**
 * A hyperlink's text as ExcelJS loads it: the cell's own value, so rich text or a formula's result as often as the
 * string its declarations promise.
 */
function hyperlinkText(text: unknown): CellValue {
  if (typeof text === "string" || typeof text === "number" || typeof text === "boolean") return text;
  if (typeof text === "object" && text !== null && "richText" in text)
    return joinRuns(text as ExcelJS.CellRichTextValue);
  return "";
}

/**
 * ExcelJS's value union flattened into what Office.js gives (style-models rec 9): formulas → their cached result
 * plus the formula text (shared formulas translated to their own cell), rich text → joined text, hyperlinks → their
 * text, errors → "#DIV/0!", dates → serial numbers, empty → "".
 */
export function normaliseCell(cell: ExcelJS.Cell): NormalisedCell {
  // A merged area's other cells report the master's value in ExcelJS; Office.js reports them empty.
  if (cell.type === ValueType.Merge) return EMPTY;
  const value = cell.value;
  if (value === null || value === undefined) return EMPTY;
  if (typeof value !== "object") return { value, formula: null };
  if (value instanceof Date) return { value: dateToSerial(value), formula: null };
  if ("formula" in value || "sharedFormula" in value) {
    return { value: normaliseResult(value.result), formula: `=${cell.formula}` };
  }
  if ("richText" in value) return { value: joinRuns(value), formula: null };
  if ("hyperlink" in value) return { value: hyperlinkText(value.text), formula: null };
  return { value: value.error, formula: null };
}
