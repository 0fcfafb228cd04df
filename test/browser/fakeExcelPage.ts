/**
 * The page side of the browser test, bundled by `support/bundleFakeExcel.ts` and injected before office.js and the
 * pane load: the typed fake Excel over a snapshot as `window.Excel`, and a probe the test reads the workbook with.
 */
import type { ExcelRun } from "../../src/hosts/office/runExcel";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { cellAt, createFakeExcel, fakeWorkbookFromSnapshot, sheetNamed } from "../hosts/office/fakeExcel";
import type { FakeSelection } from "../hosts/office/fakeExcel/model";

/** What the test reads back from the page (plain JSON). */
export type FakeExcelProbe = {
  cell(sheet: string, address: string): { value: string | number | boolean; fill: string | null } | null;
  sheetNames(): string[];
  /** The values of a sheet's column, top to bottom, for the rows that have any. */
  column(sheet: string, column: string, rows: number): (string | number | boolean)[];
  /** Every value of a sheet, joined by newlines, for "the sheet says …" assertions. */
  text(sheet: string): string;
  selection(): FakeSelection | null;
  syncCount(): number;
};

export function install(snapshot: WorkbookSnapshot): void {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
  const probe: FakeExcelProbe = {
    cell: (sheet, address) => {
      const cell = cellAt(fake.workbook, sheet, address);
      return cell ? { value: cell.value, fill: cell.fill } : null;
    },
    sheetNames: () => fake.workbook.sheets.map((sheet) => sheet.name),
    column: (sheet, column, rows) =>
      Array.from({ length: rows }, (_, row) => cellAt(fake.workbook, sheet, `${column}${row + 1}`)?.value ?? ""),
    text: (sheet) => [...sheetNamed(fake.workbook, sheet).cells.values()].map((cell) => String(cell.value)).join("\n"),
    selection: () => fake.workbook.selection,
    syncCount: () => fake.syncCount(),
  };
  const run: ExcelRun = (batch) => fake.run(batch);
  Object.assign(window, { Excel: { run }, selfevalProbe: probe });
}
