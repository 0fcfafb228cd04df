import type { CellRef } from "../../core/location";
import { EXCEL_COLUMNS, fromA1 } from "../address";

/** sheet → A1 → value: the shape of `StateData.written` and `StateData.savedFills`. */
export type CellMap<T> = { readonly [sheet: string]: { readonly [cell: string]: T } };

/** One entry of a CellMap. */
export type CellEntry<T> = CellRef & { readonly value: T };

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The value kept for a cell; own keys only, so a sheet named `constructor` finds nothing it did not store. */
export function lookup<T>(map: CellMap<T>, ref: CellRef): T | undefined {
  const cells = has(map, ref.sheet) ? map[ref.sheet] : undefined;
  return cells && has(cells, ref.cell) ? cells[ref.cell] : undefined;
}

/** Every entry, sheet by sheet. */
export function entriesOf<T>(map: CellMap<T>): CellEntry<T>[] {
  return Object.entries(map).flatMap(([sheet, cells]) =>
    Object.entries(cells).map(([cell, value]) => ({ sheet, cell, value })),
  );
}

/**
 * A CellMap from entries, sheets by name and cells in reading order (row, then column), so that the same entries
 * always give the same JSON in the state sheet whatever order they were found in. A later entry for a cell wins.
 */
export function cellMapOf<T>(entries: readonly CellEntry<T>[]): CellMap<T> {
  const sheets = new Map<string, Map<string, T>>();
  for (const { sheet, cell, value } of entries) {
    const cells = sheets.get(sheet);
    if (cells === undefined) sheets.set(sheet, new Map([[cell, value]]));
    else cells.set(cell, value);
  }
  const map = dictionary<{ readonly [cell: string]: T }>();
  for (const sheet of [...sheets.keys()].sort(compareText)) map[sheet] = inReadingOrder(sheets.get(sheet));
  return map;
}

/**
 * An empty object to use as a dictionary. Without a prototype, a key `__proto__` is an ordinary key, and V8 keeps
 * such an object in dictionary mode from the start: a plain object given thousands of cell addresses as keys makes
 * a hidden class for each (tens of megabytes of garbage at 10,000 rows).
 */
function dictionary<T>(): { [key: string]: T } {
  return Object.create(null) as { [key: string]: T };
}

function inReadingOrder<T>(cells: ReadonlyMap<string, T> = new Map()): { readonly [cell: string]: T } {
  const addresses = [...cells.keys()];
  // Each address is parsed once, not once per comparison: a state can hold 100,000 cells. The plan finds them table
  // by table, mostly in order already, which a single pass notices.
  const indexes = addresses.map(readingIndex);
  const ordered = indexes.every((index, i) => i === 0 || (indexes[i - 1] ?? 0) < index)
    ? addresses
    : addresses
        .map((cell, i) => ({ cell, index: indexes[i] ?? Infinity }))
        .sort((a, b) => a.index - b.index || compareText(a.cell, b.cell))
        .map(({ cell }) => cell);
  const dict = dictionary<T>();
  for (const cell of ordered) dict[cell] = cells.get(cell) as T;
  return dict;
}

/**
 * A number that orders A1 addresses row by row, then column by column; Infinity for text that is not an address,
 * so those come last (two of them compare as NaN: order them by text).
 */
export function readingIndex(address: string): number {
  const at = fromA1(address);
  return at ? at.row * EXCEL_COLUMNS + at.col : Infinity;
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
