import type { CellInput, CellRef } from "../../core/location";
import { columnName, rangeFromA1 } from "../address";
import type { CellValue, SheetSnapshot } from "../snapshot";

/** A merged area, zero-based and absolute to the sheet (corners included). */
type Area = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/**
 * A read view over one sheet snapshot in absolute, zero-based coordinates. Every cell of a merged area reads as the
 * area's top-left cell, so a merged 一级指标 label covers the rows below it and a merged header covers the columns to
 * its right; references always name the top-left cell, where the value lives and where a write must go.
 */
export class Grid {
  /** The sheet's name. */
  readonly sheet: string;
  /** First row of the used range. */
  readonly top: number;
  /** First column of the used range. */
  readonly left: number;
  /** Last row of the used range; below `top` when the sheet is empty. */
  readonly bottom: number;
  /** Last column of the used range; left of `left` when the sheet is empty. */
  readonly right: number;
  private readonly snapshot: SheetSnapshot;
  private readonly width: number;
  private readonly areas: Area[] = [];
  /** Local cell index → 1 + index into `areas` of the merged area covering it, 0 for none; null without merges. */
  private readonly areaAt: Int32Array | null;
  /** Column letters met so far: every reference of a big table names the same few columns. */
  private readonly columnLetters: string[] = [];
  /** The last row an address was written for, and its number as text. */
  private numberedRow = -1;
  private rowNumber = "";

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.sheet = snapshot.name;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    this.width = snapshot.values.reduce((widest, row) => Math.max(widest, row.length), 0);
    this.bottom = this.top + (this.width === 0 ? 0 : snapshot.values.length) - 1;
    this.right = this.left + this.width - 1;
    const cells = this.width * snapshot.values.length;
    this.areaAt = snapshot.merges.length > 0 && cells > 0 ? new Int32Array(cells) : null;
    for (const range of snapshot.merges) this.indexMerge(range);
  }

  /** The cell's own value, ignoring merges; null outside the used range. */
  raw(row: number, col: number): CellValue {
    return this.snapshot.values[row - this.top]?.[col - this.left] ?? null;
  }

  /** The top-left cell of the merged area holding this cell, or the cell itself. */
  origin(row: number, col: number): { readonly row: number; readonly col: number } {
    const area = this.area(row, col);
    return area ? { row: area.top, col: area.left } : { row, col };
  }

  /** First column of the merged area holding this cell (the cell's own column when not merged). */
  originCol(row: number, col: number): number {
    return this.area(row, col)?.left ?? col;
  }

  /** Last column of the merged area holding this cell (the cell's own column when not merged). */
  mergeRight(row: number, col: number): number {
    return this.area(row, col)?.right ?? col;
  }

  /** Last row of the merged area holding this cell (the cell's own row when not merged). */
  mergeBottom(row: number, col: number): number {
    return this.area(row, col)?.bottom ?? row;
  }

  /** The cell is part of a merged area but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const area = this.area(row, col);
    return area !== undefined && (area.top !== row || area.left !== col);
  }

  /** The value the cell shows: its merged area's top-left value. */
  value(row: number, col: number): CellValue {
    const area = this.area(row, col);
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  /** The number format of the cell's merged area ("" when the snapshot has none). */
  format(row: number, col: number): string {
    const area = this.area(row, col);
    const formatRow = area ? area.top : row;
    const formatCol = area ? area.left : col;
    return this.snapshot.numberFormats[formatRow - this.top]?.[formatCol - this.left] ?? "";
  }

  /** The cell shows nothing: no value, an empty string or only white space. */
  isBlank(row: number, col: number): boolean {
    const value = this.value(row, col);
    return value === null || (typeof value === "string" && value.trim() === "");
  }

  /** Every cell of the row from `left` to `right` is blank. */
  isBlankRow(row: number, left = this.left, right = this.right): boolean {
    for (let col = left; col <= right; col++) if (!this.isBlank(row, col)) return false;
    return true;
  }

  /**
   * The cell's value with its number format, as the engine reads it; blank cells give `{ value: null }`, and the
   * `General` format (no format at all) is left out.
   */
  input(row: number, col: number): CellInput {
    if (this.isBlank(row, col)) return { value: null };
    const format = this.format(row, col);
    const value = this.value(row, col);
    return format === "" || format === "General" ? { value } : { value, numberFormat: format };
  }

  /** Where the cell's value lives (the top-left cell of its merged area). */
  ref(row: number, col: number): CellRef {
    const area = this.area(row, col);
    return { sheet: this.sheet, cell: area ? this.address(area.top, area.left) : this.address(row, col) };
  }

  /** The cell itself, merges ignored: what a finding about a covered cell names. */
  cellRef(row: number, col: number): CellRef {
    return { sheet: this.sheet, cell: this.address(row, col) };
  }

  private address(row: number, col: number): string {
    const letters = (this.columnLetters[col] ??= columnName(col));
    // A row's cells are asked for together (name, target, actual, weight, score, reason): its number is written once.
    if (row !== this.numberedRow) {
      this.numberedRow = row;
      this.rowNumber = String(row + 1);
    }
    return letters + this.rowNumber;
  }

  private area(row: number, col: number): Area | undefined {
    if (!this.areaAt) return undefined;
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return this.areaOutside(row, col);
    const at = this.areaAt[(row - this.top) * this.width + (col - this.left)] ?? 0;
    return at === 0 ? undefined : this.areas[at - 1];
  }

  /**
   * The index covers the used range only. The rare look past it (the cell right of a 等级 label at the sheet's edge)
   * scans the merges, so that a cell reads the same whether the host's used range reaches it or not.
   */
  private areaOutside(row: number, col: number): Area | undefined {
    return this.areas.find((area) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right);
  }

  /** Clips the area to the used range, so a merge past it (or a whole-column merge) costs no more than the grid. */
  private indexMerge(range: string): void {
    const area = rangeFromA1(range);
    if (!area || !this.areaAt) return;
    this.areas.push(area);
    const bottom = Math.min(area.bottom, this.bottom);
    const right = Math.min(area.right, this.right);
    for (let row = Math.max(area.top, this.top); row <= bottom; row++) {
      for (let col = Math.max(area.left, this.left); col <= right; col++) {
        const index = (row - this.top) * this.width + (col - this.left);
        // Overlapping merges cannot exist in Excel; in a damaged file the first one read wins.
        if (this.areaAt[index] === 0) this.areaAt[index] = this.areas.length;
      }
    }
  }
}
