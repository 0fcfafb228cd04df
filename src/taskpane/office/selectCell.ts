import type { CellRef } from "../../core/location";
import { type ExcelRun, runExcel } from "../../hosts/office/runExcel";

/** Shows a cell to the user: activates its sheet and selects it, in one request. */
export function selectCell(run: ExcelRun, ref: CellRef): Promise<void> {
  return runExcel(run, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(ref.sheet);
    worksheet.activate();
    worksheet.getRange(ref.cell).select();
    await context.sync();
  });
}
