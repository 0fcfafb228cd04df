import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

/** Excel's error values, which a file stores as errors rather than as text. */
const ERROR_VALUES: ReadonlySet<string> = new Set(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]);

/**
 * An ExcelJS workbook holding what a snapshot describes: values, formulas with their cached results, number formats,
 * merges and protection. Written directly (not through the file host under test) so that the files the benchmark
 * and the bad-workbook corpus feed the host are made independently of it.
 */
export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas[r]?.[c] ?? null;
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        if ((value === null || value === "") && formula === null) return;
        const cell = worksheet.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1);
        const result = typeof value === "string" && ERROR_VALUES.has(value) ? { error: value } : value;
        cell.value =
          formula === null
            ? (result as ExcelJS.CellValue)
            : ({ formula: formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue);
        if (format !== "General") cell.numFmt = format;
      }),
    );
    for (const merge of sheet.merges) worksheet.mergeCells(merge);
    if (sheet.protected) await worksheet.protect("", {});
  }
  return workbook;
}

/** Writes the snapshot as an .xlsx file. */
export async function writeSnapshotXlsx(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  const workbook = await snapshotToXlsx(snapshot);
  await workbook.xlsx.writeFile(path);
}
