import ExcelJS from "exceljs";

/**
 * A cell's content as the preservation tests compare it: value, formula, and every style part. A cell covered by a
 * merge is compared by its master's address: ExcelJS reports the master's value there, which is not its own.
 */
function cellState(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Merge ? `merged into ${cell.master.address}` : cell.value;
  return JSON.stringify({ value, type: cell.type, formula: cell.formula ?? null, style: cell.style });
}

/** Every non-empty or styled cell of every sheet, keyed `sheet!A1`. */
export function cellStates(workbook: ExcelJS.Workbook): Map<string, string> {
  const states = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        states.set(`${sheet.name}!${cell.address}`, cellState(cell));
      }),
    );
  }
  return states;
}

/** Keys whose state differs between two workbooks (present in one only, or changed). */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}
