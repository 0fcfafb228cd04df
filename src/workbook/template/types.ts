import type { SheetCell } from "../plan";

/** The standard workbooks `selfeval template` writes (SPEC §2.1–2.3). */
export type TemplateKind = "project" | "department" | "budget";

/** A sheet laid out in full: rows of cells from A1, column widths, merged areas. Written by a host as it is. */
export type TemplateSheet = {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Merged areas as A1 ranges ("A12:A15"). */
  readonly merges?: readonly string[];
};

/** What a person types into a cell of a form: a figure, a text, or nothing yet. */
export type Entry = string | number | null;
