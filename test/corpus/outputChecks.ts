import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { MAX_CELL_TEXT } from "./buildBadWorkbooks";

/** What a workbook file must look like after `selfeval check` wrote it (SPEC §4), and the input before and after. */

export async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every formula of a workbook, keyed `sheet!A1`. */
export function formulasOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const formulas = new Map<string, string>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.set(`${sheet.name}!${cell.address}`, cell.formula);
      }),
    ),
  );
  return formulas;
}

/** Every cell's value of one sheet as JSON, keyed A1: to compare a sheet before and after. */
export function sheetValues(workbook: ExcelJS.Workbook, name: string): { [address: string]: string } | null {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return null;
  const values: { [address: string]: string } = {};
  sheet.eachRow((row) => row.eachCell((cell) => (values[cell.address] = JSON.stringify(cell.value))));
  return values;
}

/** Cells holding more text than Excel accepts (it would call the file corrupt), as `sheet!A1 (length)`. */
export function overlongTexts(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // Plain strings only: a merged cell's `text` reads its master, and other values are not text.
        const text = typeof cell.value === "string" ? cell.value : "";
        if (text.length > MAX_CELL_TEXT) found.push(`${sheet.name}!${cell.address} (${text.length})`);
      }),
    ),
  );
  return found;
}

/** Files a failed or interrupted write would leave behind (`name.xlsx.<pid>.tmp`). */
export async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.endsWith(".xlsx"));
}
