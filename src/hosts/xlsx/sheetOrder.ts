import type ExcelJS from "exceljs";

/** ExcelJS orders tabs by this property, which its type declarations leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** A sheet's place among the tabs (ExcelJS's own ordering key). */
export function tabPosition(worksheet: ExcelJS.Worksheet): number {
  return (worksheet as Ordered).orderNo;
}

/** Moves a sheet to a tab position taken from another sheet (a replaced sheet keeps its place). */
export function moveToTab(worksheet: ExcelJS.Worksheet, position: number): void {
  (worksheet as Ordered).orderNo = position;
}

/** Finds a sheet by name as Excel compares sheet names: ignoring case. */
export type SheetLookup = (name: string) => ExcelJS.Worksheet | undefined;

/**
 * A lookup over the sheets as they are now, built once: a plan names the same few sheets thousands of times (so each
 * name as written is looked up once too).
 */
export function sheetLookup(workbook: ExcelJS.Workbook): SheetLookup {
  const sheets = new Map(workbook.worksheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const asWritten = new Map<string, ExcelJS.Worksheet | undefined>();
  return (name) => {
    if (!asWritten.has(name)) asWritten.set(name, sheets.get(name.toLowerCase()));
    return asWritten.get(name);
  };
}

/** The sheet of this name, ignoring case. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return sheetLookup(workbook)(name);
}

/**
 * Points the workbook's window at a visible tab again after sheets were removed or hidden: Excel asks to repair a
 * file whose active tab is missing or very hidden.
 */
export function keepActiveTabVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const firstVisible = Math.max(
    0,
    sheets.findIndex((sheet) => sheet.state === "visible"),
  );
  const visible = (index: number): boolean => sheets[index]?.state === "visible";
  for (const view of workbook.views ?? []) {
    if (!visible(view.activeTab ?? 0)) view.activeTab = firstVisible;
    if (!visible(view.firstSheet ?? 0)) view.firstSheet = firstVisible;
  }
}
