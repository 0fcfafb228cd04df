import { fromA1 } from "../../../../src/workbook/address";
import { rectA1 } from "./address";
import { cellKey, type FakeCell, type FakeSheet, type FakeWorkbook, findSheet, keyPosition } from "./model";

/** The named sheet; throws when the workbook has none, so that an assertion names what is missing. */
export function sheetNamed(workbook: FakeWorkbook, name: string): FakeSheet {
  const sheet = findSheet(workbook, name);
  if (!sheet) throw new Error(`The fake workbook has no sheet "${name}".`);
  return sheet;
}

/** The cell at an A1 address, or undefined when it was never touched. */
export function cellAt(workbook: FakeWorkbook, sheet: string, address: string): FakeCell | undefined {
  const position = fromA1(address);
  if (!position) throw new Error(`Bad address ${address}.`);
  return sheetNamed(workbook, sheet).cells.get(cellKey(position.row, position.col));
}

/** Every part of the workbook as deterministic JSON, for "nothing changed" assertions. */
export function dumpWorkbook(workbook: FakeWorkbook): string {
  return JSON.stringify({
    protected: workbook.protected,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.protected,
      frozenRows: sheet.frozenRows,
      merges: sheet.merges.map(rectA1),
      charts: sheet.charts,
      columnWidths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
      cells: [...sheet.cells]
        .sort(([a], [b]) => a - b)
        .map(([key, cell]) => {
          const { row, col } = keyPosition(key);
          return [rectA1({ top: row, left: col, bottom: row, right: col }), cell];
        }),
    })),
  });
}
