import type { CellRef } from "../core/location";

/**
 * What a recalculation writes, as data. Ownership, highlights and sheet contents are all decided while building
 * the plan (pure code, tested once); a host only applies it.
 */

/** One value into an existing sheet. Strings are always written as text, never read as a formula. */
export type CellWrite = CellRef & {
  /** null clears a cell the add-in filled before and no longer owns a value for. */
  readonly value: number | string | null;
  /** Number format to set with the value ("0.00", "0.00%"); absent leaves the format as it is. */
  readonly numberFormat?: string;
};

/** One fill colour: "#RRGGBB", or null to remove the fill (restoring a cell that had none). */
export type FillWrite = CellRef & { readonly color: string | null };

/** A cell of a sheet the add-in owns. */
export type SheetCell = {
  readonly value: number | string | null;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly wrap?: boolean;
  readonly fill?: string;
  /** Makes the cell a link to this cell (the value is its text). */
  readonly link?: CellRef;
};

/** A clustered column chart over a range of an owned sheet (score against weight per 一级指标). */
export type ChartSpec = {
  readonly title: string;
  /** Zero-based rows and columns of the data, header row and category column included. */
  readonly data: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  /** Zero-based row and column of the chart's top-left corner. */
  readonly anchor: { readonly row: number; readonly col: number };
};

/** A sheet the add-in creates and owns (校验结果, 自评报告, the state sheet), replaced whole on each write. */
export type OwnedSheet = {
  readonly name: string;
  readonly purpose: "findings" | "report" | "state";
  readonly visibility: "visible" | "veryHidden";
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the header of 校验结果). */
  readonly freezeRows?: number;
  readonly chart?: ChartSpec;
};

export type WritePlan = {
  readonly cells: readonly CellWrite[];
  readonly fills: readonly FillWrite[];
  /** Created when missing, replaced when the add-in made them; a person's sheet of that name is never touched. */
  readonly sheets: readonly OwnedSheet[];
  /** Add-in sheets to remove. */
  readonly removeSheets: readonly string[];
};

/** The plan that writes nothing. */
export const NO_WRITES: WritePlan = { cells: [], fills: [], sheets: [], removeSheets: [] };

/** What a host reports after applying a plan. */
export type ApplyReport = {
  readonly cellsWritten: number;
  readonly fillsWritten: number;
  readonly sheetsWritten: number;
  /** Round trips to the host (Office.js `context.sync()` calls); 0 for the file host. */
  readonly syncs: number;
};
