import type ExcelJS from "exceljs";
import type { CellRef } from "../../core/location";
import type { SheetCell } from "../../workbook/plan";
import { solidFill } from "./fills";

/** What the file host writes into a sheet it builds whole: an owned sheet, a blank template, a sample. */
export type SheetContent = {
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Merged areas as A1 ranges. */
  readonly merges?: readonly string[];
};

/** An in-workbook link target; the sheet name is quoted (and its quotes doubled) as Excel writes it. */
export function internalLink(ref: CellRef): string {
  return `#'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

function styleOf(cell: SheetCell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = {
    ...(cell.link ? LINK_FONT : {}),
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.size !== undefined ? { size: cell.size } : {}),
  };
  if (Object.keys(font).length > 0) style.font = font;
  if (cell.wrap) style.alignment = { wrapText: true, vertical: "top" };
  if (cell.fill !== undefined) style.fill = solidFill(cell.fill);
  return style;
}

function valueOf(cell: SheetCell): ExcelJS.CellValue {
  // ExcelJS only recognises a link whose text is non-empty; an empty one would be stored as an object.
  if (cell.link && cell.value !== null && cell.value !== "") {
    return { text: String(cell.value), hyperlink: internalLink(cell.link) };
  }
  return cell.value;
}

/** What makes a cell's style, as a key (the number format last: it is the only part that may hold a "|"). */
const styleKey = (cell: SheetCell): string =>
  [
    cell.link ? 1 : 0,
    cell.bold ? 1 : 0,
    cell.size ?? "",
    cell.wrap ? 1 : 0,
    cell.fill ?? "",
    cell.numberFormat ?? "",
  ].join("|");

/**
 * Writes rows, styles, links, column widths and merges into an empty worksheet. Strings are always text. Cells that
 * look alike share one style object, as the cells ExcelJS loads do: its writer describes each distinct style object
 * anew, which for a findings sheet of 100,000 rows costs seconds.
 */
export function writeSheetContent(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const sharedStyle = (cell: SheetCell): Partial<ExcelJS.Style> => {
    const key = styleKey(cell);
    const style = styles.get(key) ?? styleOf(cell);
    styles.set(key, style);
    return style;
  };
  content.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style = sharedStyle(cell);
      if (cell.value === null && Object.keys(style).length === 0) return;
      const target = worksheet.getCell(r + 1, c + 1);
      target.value = valueOf(cell);
      target.style = style;
    }),
  );
  content.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  for (const range of content.merges ?? []) worksheet.mergeCellsWithoutStyle(range);
}
