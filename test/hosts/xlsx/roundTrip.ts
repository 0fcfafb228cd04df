import ExcelJS from "exceljs";

/** Saves a workbook to bytes and loads it again: what a file on disk reads back as. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}
