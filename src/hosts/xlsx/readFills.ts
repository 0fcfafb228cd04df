import type ExcelJS from "exceljs";
import type { CellRef } from "../../core/location";
import { fromA1 } from "../../workbook/address";
import { fillKey, type CellFills } from "../../workbook/snapshot";
import { fillColor } from "./fills";

/** The current fill of each cell asked for; a cell that does not exist (or a sheet that does not) has none. */
export function readFills(workbook: ExcelJS.Workbook, cells: readonly CellRef[]): CellFills {
  const fills: { [key: string]: string | null } = {};
  for (const ref of cells) {
    const at = fromA1(ref.cell);
    // findCell, not getCell: reading must not create cells that the saved file would then contain.
    const cell = at && workbook.getWorksheet(ref.sheet)?.findCell(at.row + 1, at.col + 1);
    fills[fillKey(ref.sheet, ref.cell)] = cell ? fillColor(cell.fill) : null;
  }
  return fills;
}
