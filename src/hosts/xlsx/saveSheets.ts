import { Workbook } from "./exceljs";
import { saveWorkbook } from "./openXlsxHost";
import { writeSheetContent, type SheetContent } from "./writeSheetContent";

/** A sheet laid out in full, with its name. */
export type NamedSheetContent = SheetContent & { readonly name: string };

/** Writes a new workbook made of the given sheets, in order (blank templates, samples). */
export async function saveSheets(sheets: readonly NamedSheetContent[], outPath: string): Promise<void> {
  const workbook = new Workbook();
  for (const sheet of sheets) writeSheetContent(workbook.addWorksheet(sheet.name), sheet);
  await saveWorkbook(workbook, outPath);
}
