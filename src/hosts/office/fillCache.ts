import type { CellRef } from "../../core/location";
import { fromA1 } from "../../workbook/address";
import { type CellFills, fillKey } from "../../workbook/snapshot";

/** What `getCellProperties` is asked for: the fill's colour, and its pattern, which tells no fill from a white one. */
export const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Excel reports a cell without fill as pattern "None" (its colour then is the default white, not a fill). */
export function toFill(properties: Excel.CellProperties): string | null {
  const fill = properties.format?.fill;
  if (!fill || fill.pattern === "None" || typeof fill.color !== "string") return null;
  return fill.color.toUpperCase();
}

/** The fills of a rectangle of a sheet: `fills[r][c]` is the cell at `origin` + (r, c), "#RRGGBB" or null. */
export type SheetFills = {
  readonly origin: { readonly row: number; readonly col: number };
  readonly fills: readonly (readonly (string | null)[])[];
};

/**
 * The fills read along with the last snapshot, by sheet name: plain data, so that `readFills` can answer the cells
 * a recalculation highlights without another round trip. Kept as one grid per sheet rather than one `sheet!A1` key
 * per cell: a 100,000-row table would otherwise cost 800,000 strings to answer a few thousand cells.
 */
export type FillCache = ReadonlyMap<string, SheetFills>;

export const NO_FILLS: FillCache = new Map();

/** The fills of the cells the cache covers, keyed as `CellFills`, and the cells it does not cover. */
export function lookupFills(cache: FillCache, cells: readonly CellRef[]): { fills: CellFills; missing: CellRef[] } {
  const fills: { [key: string]: string | null } = {};
  const missing: CellRef[] = [];
  for (const ref of cells) {
    const sheet = cache.get(ref.sheet);
    const position = fromA1(ref.cell);
    const row = sheet && position ? sheet.fills[position.row - sheet.origin.row] : undefined;
    const fill = sheet && position && row ? row[position.col - sheet.origin.col] : undefined;
    if (fill === undefined) missing.push(ref);
    else fills[fillKey(ref.sheet, ref.cell)] = fill;
  }
  return { fills, missing };
}
