/** The .xlsx file host (ExcelJS): the same snapshot and write plan as the Office host, on a file. */
export { readSnapshot } from "./readSnapshot";
export { readFills } from "./readFills";
export { applyPlan } from "./applyPlan";
export { openXlsxHost, loadWorkbook, saveWorkbook, type XlsxHost } from "./openXlsxHost";
export { writeSheetContent, type SheetContent } from "./writeSheetContent";
export { saveSheets, type NamedSheetContent } from "./saveSheets";
export { SheetProtectedError, PlanInvalidError, WorkbookUnreadableError, type UnreadableReason } from "./errors";
