/** What a fake range reads back: the data of `Range.load` and `Range.getCellProperties`. */
import { qualifiedA1 } from "./address";
import { cellKey, type FakeRect, type FakeSheet } from "./model";

export type Grid = unknown[][];

export type RangeData = {
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  isNullObject: boolean;
};

export const LOADABLE = new Set<keyof RangeData>([
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "formulas",
  "numberFormat",
]);

/** The fill part of `Excel.CellProperties`, as `getCellProperties` returns it. */
export type FakeCellProperties = { address?: string; format?: { fill?: { color?: string; pattern?: string } } };

/** The `getCellProperties` options the fake answers: address and fill. */
export type CellPropertiesOptions = { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean } } };

/** A rectangle's cells as a 2-D array, row by row. */
export function rows<T>(rect: FakeRect, at: (row: number, col: number) => T): T[][] {
  const result: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col += 1) line.push(at(row, col));
    result.push(line);
  }
  return result;
}

/** What Office returns for a range: "" for empty cells, a formula cell's result in `values`, its text in `formulas`. */
export function readRange(sheet: FakeSheet, rect: FakeRect, names: readonly (keyof RangeData)[]): Partial<RangeData> {
  const cell = (row: number, col: number) => sheet.cells.get(cellKey(row, col));
  const data: Partial<RangeData> = {};
  for (const name of names) {
    if (name === "address") data.address = qualifiedA1(sheet.name, rect);
    if (name === "rowIndex") data.rowIndex = rect.top;
    if (name === "columnIndex") data.columnIndex = rect.left;
    if (name === "rowCount") data.rowCount = rect.bottom - rect.top + 1;
    if (name === "columnCount") data.columnCount = rect.right - rect.left + 1;
    if (name === "values") data.values = rows(rect, (row, col) => cell(row, col)?.value ?? "");
    if (name === "formulas")
      data.formulas = rows(rect, (row, col) => cell(row, col)?.formula ?? cell(row, col)?.value ?? "");
    if (name === "numberFormat")
      data.numberFormat = rows(rect, (row, col) => cell(row, col)?.numberFormat ?? "General");
  }
  return data;
}

/** A cell without fill reads as pattern "None" with Excel's default colour, white. */
export function cellProperties(
  sheet: FakeSheet,
  row: number,
  col: number,
  options: CellPropertiesOptions,
): FakeCellProperties {
  const fill = sheet.cells.get(cellKey(row, col))?.fill ?? null;
  const properties: FakeCellProperties = {};
  if (options.address) properties.address = qualifiedA1(sheet.name, { top: row, left: col, bottom: row, right: col });
  const wanted = options.format?.fill;
  if (wanted) {
    properties.format = {
      fill: {
        ...(wanted.color && { color: fill ?? "#FFFFFF" }),
        ...(wanted.pattern && { pattern: fill ? "Solid" : "None" }),
      },
    };
  }
  return properties;
}
