import { fromA1 } from "../../src/workbook/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/** A cell in a literal sheet: a bare value, or a value with its number format and formula. */
export type CellSpec = CellValue | { readonly value: CellValue; readonly format?: string; readonly formula?: string };

/** Everything about a literal sheet besides its rows; merges and the origin are absolute to the sheet. */
export type SheetOptions = {
  readonly merges?: readonly string[];
  /** A1 address of `rows[0][0]` (a used range that starts past A1); default "A1". */
  readonly origin?: string;
  readonly protected?: boolean;
  readonly visibility?: SheetSnapshot["visibility"];
};

const isSpec = (cell: CellSpec): cell is Exclude<CellSpec, CellValue> => typeof cell === "object" && cell !== null;

/** Builds a `SheetSnapshot` from literal rows, padding short rows with empty cells; formats default to "General". */
export function sheet(name: string, rows: readonly (readonly CellSpec[])[], options: SheetOptions = {}): SheetSnapshot {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const cells = rows.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? null));
  const origin = fromA1(options.origin ?? "A1") ?? { row: 0, col: 0 };
  return {
    name,
    protected: options.protected ?? false,
    visibility: options.visibility ?? "visible",
    origin,
    values: cells.map((row) => row.map((cell) => (isSpec(cell) ? cell.value : cell))),
    formulas: cells.map((row) => row.map((cell) => (isSpec(cell) ? (cell.formula ?? null) : null))),
    numberFormats: cells.map((row) => row.map((cell) => (isSpec(cell) ? (cell.format ?? "General") : "General"))),
    merges: options.merges ?? [],
  };
}

/** A number shown in a percent format (`0.9959` as 99.59%). */
export function percent(value: number, format = "0.00%"): CellSpec {
  return { value, format };
}

/** A workbook of the given sheets. */
export function workbook(...sheets: readonly SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
