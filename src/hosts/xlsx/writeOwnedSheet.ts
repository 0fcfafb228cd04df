import type ExcelJS from "exceljs";
import type { OwnedSheet } from "../../workbook/plan";
import { findSheet, moveToTab, tabPosition } from "./sheetOrder";
import { writeSheetContent } from "./writeSheetContent";

/**
 * Creates an add-in sheet, or replaces the one of that name in its tab position (the plan only names sheets the
 * add-in made). The chart of a report sheet is left out: ExcelJS cannot create charts (it drops them on load too),
 * so the file host writes the data table and Excel users can chart it; the Office host draws it.
 */
export function writeOwnedSheet(workbook: ExcelJS.Workbook, sheet: OwnedSheet): void {
  const previous = findSheet(workbook, sheet.name);
  const position = previous ? tabPosition(previous) : null;
  if (previous) workbook.removeWorksheet(previous.id);
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
  if (position !== null) moveToTab(worksheet, position);
  writeSheetContent(worksheet, sheet);
  if (sheet.freezeRows) worksheet.views = [{ state: "frozen", ySplit: sheet.freezeRows }];
}
