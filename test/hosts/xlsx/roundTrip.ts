import ExcelJS from "exceljs";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";

/** Loads a saved workbook's bytes with ExcelJS alone. */
export async function loadBytes(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(new Uint8Array(bytes).buffer);
  return loaded;
}

/** Saves a workbook to bytes as the file host does and loads it again: what a file on disk reads back as. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBytes(await workbookBytes(workbook));
}
