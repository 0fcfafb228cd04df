import { cellIndex, EXCEL_COLUMNS } from "../address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/** What the write side needs to know about one cell of the snapshot. */
export type SnapshotCell = { readonly value: CellValue; readonly formula: string | null };

const EMPTY_CELL: SnapshotCell = { value: null, formula: null };

// The plan looks a sheet up once per output cell: a name index per snapshot keeps that constant-time when a workbook
// has a hundred sheets. Keyed weakly, so a snapshot's index goes with it.
const SHEETS_BY_NAME = new WeakMap<WorkbookSnapshot, ReadonlyMap<string, SheetSnapshot>>();

/** The sheet of that name in the snapshot (the first, should two share it), or undefined. */
export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  let byName = SHEETS_BY_NAME.get(snapshot);
  if (byName === undefined) {
    byName = new Map([...snapshot.sheets].reverse().map((sheet) => [sheet.name, sheet]));
    SHEETS_BY_NAME.set(snapshot, byName);
  }
  return byName.get(name);
}

/** A cell's value and formula; an address outside the used range (or unreadable) is an empty cell. */
export function cellAt(sheet: SheetSnapshot, address: string): SnapshotCell {
  const index = cellIndex(address);
  if (index < 0) return EMPTY_CELL;
  const row = Math.floor(index / EXCEL_COLUMNS) - sheet.origin.row;
  const col = (index % EXCEL_COLUMNS) - sheet.origin.col;
  const value = sheet.values[row]?.[col];
  if (value === undefined) return EMPTY_CELL;
  return { value, formula: sheet.formulas[row]?.[col] ?? null };
}

/** A cell holding nothing: no formula and no value but white space, as the reader sees a blank cell. */
export function isEmptyCell(cell: SnapshotCell): boolean {
  return cell.formula === null && (cell.value === null || (typeof cell.value === "string" && cell.value.trim() === ""));
}

/**
 * Whether the plan may touch the cells of this sheet: it exists and is not protected. Cells of other sheets are left
 * alone and their entries in the state are kept or dropped by the caller.
 */
export function isWritableSheet(snapshot: WorkbookSnapshot, name: string): boolean {
  const sheet = findSheet(snapshot, name);
  return sheet !== undefined && !sheet.protected;
}
