/**
 * The one boundary between the hosts and the engine: what a host reads out of a workbook, as plain data. Both hosts
 * (Office.js, ExcelJS) produce exactly this shape; no host type passes it.
 */

/**
 * A cell's value as Office.js gives it: numbers (dates as serial numbers), strings (error values as their text,
 * "#DIV/0!"), booleans; null or "" for an empty cell.
 */
export type CellValue = string | number | boolean | null;

export type SheetSnapshot = {
  readonly name: string;
  /** The sheet is protected: nothing may be written to it. */
  readonly protected: boolean;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** Zero-based row and column of `values[0][0]` (a used range may start past A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** The used range's values, row by row; all rows have the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ("=SUM(B2:B5)") where a cell has one, null elsewhere; same shape as `values`. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Number format codes ("General", "0.00%"); same shape as `values`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Merged areas as A1 ranges ("A5:A9"), absolute to the sheet. */
  readonly merges: readonly string[];
};

export type WorkbookSnapshot = { readonly sheets: readonly SheetSnapshot[] };

/**
 * Current fill colours of cells the plan may highlight, keyed `sheet!A1`: "#RRGGBB", or null for no fill.
 * Read by the host in a second round trip, once the engine knows which cells it will mark.
 */
export type CellFills = { readonly [sheetBangCell: string]: string | null };

/** The key of a cell in `CellFills`. */
export const fillKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;
