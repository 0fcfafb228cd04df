import type ExcelJS from "exceljs";
import type { CellRef } from "../../core/location";
import { fromA1 } from "../../workbook/address";
import { fillKey, type CellFills } from "../../workbook/snapshot";
import { themeColors } from "./colors";
import { fillColor } from "./fills";
import { builtContent, type SheetContent } from "./writeSheetContent";

/** The fill colour of a cell of a sheet the host built whole, as ExcelJS would read it back from the saved file. */
function builtFill(content: SheetContent, row: number, col: number): string | null {
  const fill = content.rows[row]?.[col]?.fill;
  return fill === undefined ? null : fill.toUpperCase();
}

/** The current fill of each cell asked for; a cell that does not exist (or a sheet that does not) has none. */
export function readFills(workbook: ExcelJS.Workbook, cells: readonly CellRef[]): CellFills {
  const fills: { [key: string]: string | null } = {};
  const sheets = new Map<string, ExcelJS.Worksheet | undefined>();
  const theme = themeColors(workbook);
  for (const ref of cells) {
    if (!sheets.has(ref.sheet)) sheets.set(ref.sheet, workbook.getWorksheet(ref.sheet));
    const sheet = sheets.get(ref.sheet);
    const at = fromA1(ref.cell);
    const content = sheet && builtContent(sheet);
    let fill: string | null = null;
    if (sheet && at && content) fill = builtFill(content, at.row, at.col);
    // findRow/findCell, not getCell: reading must not create cells that the saved file would then contain.
    else if (sheet && at) fill = fillColor(sheet.findRow(at.row + 1)?.findCell(at.col + 1)?.fill, theme);
    fills[fillKey(ref.sheet, ref.cell)] = fill;
  }
  return fills;
}
