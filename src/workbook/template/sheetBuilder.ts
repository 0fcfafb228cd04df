import { columnName } from "../address";
import type { SheetCell } from "../plan";
import type { Entry, TemplateSheet } from "./types";

/** Fill of header rows and label cells, the light grey of the printed forms. */
export const HEADER_FILL = "#D9D9D9";

/** A row of a sheet under construction: its cells from column A, and the spans merged to the right. */
type Span = { readonly from: number; readonly to: number };

/**
 * Builds a sheet row by row, keeping the merges in step with the rows, so that the forms read as their printed
 * originals: labels merged across columns, a 一级指标 merged down over its rows.
 */
export class SheetBuilder {
  private readonly rows: SheetCell[][] = [];
  private readonly merges: string[] = [];

  constructor(
    private readonly name: string,
    private readonly columnWidths: readonly number[],
  ) {}

  /** The zero-based index the next row gets. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends a row; `spans` merge cells of this row across columns (zero-based, inclusive). */
  row(cells: readonly SheetCell[], spans: readonly Span[] = []): this {
    const row = this.rows.length;
    this.rows.push([...cells]);
    for (const span of spans) this.merge(row, span.from, row, span.to);
    return this;
  }

  /** Merges an area given by zero-based corners; a one-cell area is no merge. */
  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) {
      this.merges.push(`${columnName(left)}${top + 1}:${columnName(right)}${bottom + 1}`);
    }
    return this;
  }

  /**
   * Merges each run of equal keys down the given columns, from row `top`: a 一级 (and its 分值) printed once over
   * its rows, the way the forms do.
   */
  mergeRuns(top: number, cols: readonly number[], keys: readonly string[]): this {
    let start = 0;
    for (let i = 1; i <= keys.length; i++) {
      if (i < keys.length && keys[i] === keys[start]) continue;
      for (const col of cols) this.merge(top + start, col, top + i - 1, col);
      start = i;
    }
    return this;
  }

  build(): TemplateSheet {
    return { name: this.name, rows: this.rows, columnWidths: this.columnWidths, merges: this.merges };
  }
}

/** A plain cell. */
export const cell = (value: Entry): SheetCell => ({ value });

/** A label or header cell: bold on grey, wrapped. */
export const head = (value: string): SheetCell => ({ value, bold: true, wrap: true, fill: HEADER_FILL });

/** A text cell that wraps (targets, reasons, goals). */
export const wrapped = (value: Entry): SheetCell => ({ value, wrap: true });

/** The title line of a form. */
export const title = (value: string): SheetCell => ({ value, bold: true, size: 16 });

/** A figure with a number format; text and blanks are left as they are. */
export const figure = (value: Entry, numberFormat: string): SheetCell =>
  typeof value === "number" ? { value, numberFormat } : { value };

/** `count` blank cells. */
export const blanks = (count: number): SheetCell[] => Array.from({ length: count }, () => cell(null));
