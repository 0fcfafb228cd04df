import type ExcelJS from "exceljs";
import { ValueType } from "./exceljs";

/**
 * Gives every unstyled cell one shared empty style object. ExcelJS loads each unstyled cell with an empty object of
 * its own, and its writer describes a style anew for each distinct object (it remembers them by identity): tens of
 * thousands of descriptions of "no style", a tenth of the write. The shared object is never changed in place, as
 * ExcelJS's own shared styles are not (see applyPlan). Dates keep theirs: an unformatted date's style is described
 * with a date format, and the writer would reuse that description for every cell sharing the object.
 */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = {};
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ValueType.Date && isEmpty(cell.style)) cell.style = empty;
      }),
    );
  }
}

function isEmpty(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}
