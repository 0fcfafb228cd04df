import type { CellRef } from "../../core/location";
import { cellIndex } from "../address";

/** sheet → A1 → value: the shape of `StateData.written` and `StateData.savedFills`. */
export type CellMap<T> = { readonly [sheet: string]: { readonly [cell: string]: T } };

/** One entry of a CellMap. */
export type CellEntry<T> = CellRef & { readonly value: T };

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The value kept for a cell; own keys only, so a sheet named `constructor` finds nothing it did not store. */
export function lookup<T>(map: CellMap<T>, ref: CellRef): T | undefined {
  return valueAt(map, ref.sheet, ref.cell);
}

/** `lookup` without a CellRef to build: the plan asks once per output cell. */
export function valueAt<T>(map: CellMap<T>, sheet: string, cell: string): T | undefined {
  const cells = has(map, sheet) ? map[sheet] : undefined;
  return cells && has(cells, cell) ? cells[cell] : undefined;
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
  const dict = dictionary<T>();
  for (const cell of addressesInReadingOrder([...cells.keys()])) dict[cell] = cells.get(cell) as T;
  return dict;
}

/**
 * Addresses sorted row by row, then column by column, text that is no address last. Each address is parsed once, not
 * once per comparison: a state can hold 100,000 cells. The plan finds them table by table, mostly in order already,
 * which one pass notices; otherwise the reading indexes, distinct for distinct addresses, are sorted as plain numbers.
 */
function addressesInReadingOrder(addresses: readonly string[]): readonly string[] {
  const indexes = addresses.map(readingIndex);
  if (indexes.every((index, i) => i === 0 || (indexes[i - 1] ?? 0) < index)) return addresses;
  const byIndex = new Map<number, string>();
  const others: string[] = [];
  addresses.forEach((cell, i) => {
    const index = indexes[i] ?? Infinity;
    if (index !== Infinity && !byIndex.has(index)) byIndex.set(index, cell);
    else others.push(cell);
  });
  // `A1` and `$A$1` share an index; such spellings (only a hand-edited state holds them) are ordered one by one.
  if (others.some((cell) => readingIndex(cell) !== Infinity)) {
    return addresses
      .map((cell, i) => ({ cell, index: indexes[i] ?? Infinity }))
      .sort((a, b) => a.index - b.index || compareText(a.cell, b.cell))
      .map(({ cell }) => cell);
  }
  const sorted = Float64Array.from(byIndex.keys()).sort();
  return [...Array.from(sorted, (index) => byIndex.get(index) ?? ""), ...others.sort(compareText)];
}

/**
 * A number that orders A1 addresses row by row, then column by column; Infinity for text that is not an address,
 * so those come last (two of them compare as NaN: order them by text).
 */
export function readingIndex(address: string): number {
  const index = cellIndex(address);
  return index < 0 ? Infinity : index;
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
