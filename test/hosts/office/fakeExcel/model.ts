/**
 * The fake's in-memory workbook: plain data, mutated only when a fake request is synced.
 * Positions are zero-based; a sheet's cells are keyed by `cellKey(row, col)`.
 */

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A cell's link, as `Excel.RangeHyperlink` describes it: a place in the workbook or a URL, and its text. */
export type FakeHyperlink = {
  readonly documentReference?: string;
  readonly address?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
};

export type FakeCell = {
  /** "" for no value. A formula cell holds its last result here (see `enterValue` for what the fake computes). */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB" for a solid fill, null for none. */
  fill: string | null;
  bold: boolean;
  size: number | null;
  wrap: boolean;
  hyperlink: FakeHyperlink | null;
};

export type FakeRect = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

export type FakeChart = {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: string | null;
};

export type FakeSheet = {
  name: string;
  visibility: FakeVisibility;
  protected: boolean;
  readonly cells: Map<number, FakeCell>;
  merges: FakeRect[];
  readonly charts: FakeChart[];
  /** Column → width in points. */
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
};

/** A selected range, as the pane navigates to it: the sheet's name and the range's A1 address ("H9", "A1:C3"). */
export type FakeSelection = { readonly sheet: string; readonly address: string };

export type FakeWorkbook = {
  readonly sheets: FakeSheet[];
  /** Workbook structure protection: no sheet may be added, removed, hidden or shown. */
  protected: boolean;
  /** The sheet shown to the person (`Worksheet.activate`, `Range.select`), by name; null until a request shows one. */
  activeSheet: string | null;
  /** The range `Range.select` selected last; null until a request selects one. */
  selection: FakeSelection | null;
};

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

export const keyPosition = (key: number): { row: number; col: number } => ({
  row: Math.floor(key / MAX_COLS),
  col: key % MAX_COLS,
});

export function emptyWorkbook(): FakeWorkbook {
  return { sheets: [], protected: false, activeSheet: null, selection: null };
}

export function newSheet(name: string, visibility: FakeVisibility = "Visible"): FakeSheet {
  return {
    name,
    visibility,
    protected: false,
    cells: new Map(),
    merges: [],
    charts: [],
    columnWidths: new Map(),
    frozenRows: 0,
  };
}

function blankCell(): FakeCell {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    fill: null,
    bold: false,
    size: null,
    wrap: false,
    hyperlink: null,
  };
}

/** The cell at a position, created blank when missing (for writes). */
export function editCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = blankCell()));
  return cell;
}

export function findSheet(workbook: FakeWorkbook, name: string): FakeSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

/** A cell holds content (what a values-only used range covers). */
export const hasContent = (cell: FakeCell): boolean => cell.value !== "" || cell.formula !== null;

/** A cell differs from a blank one in any way (what a full used range covers). */
export function isUsed(cell: FakeCell): boolean {
  const blank = blankCell();
  return (Object.keys(blank) as (keyof FakeCell)[]).some((key) => cell[key] !== blank[key]);
}
