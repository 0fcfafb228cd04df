import ExcelJS from "exceljs";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";

/** Saves a workbook to bytes as the file host does and loads it again: what a file on disk reads back as. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(new Uint8Array(await workbookBytes(workbook)).buffer);
  return loaded;
}
