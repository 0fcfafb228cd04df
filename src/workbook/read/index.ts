/** Reading a workbook snapshot into the engine's model (SPEC §2). */
export { readWorkbookModel } from "./readWorkbookModel";
export type { ReadOptions, SheetReading, WorkbookReading } from "./readWorkbookModel";
export type { OwnedValue } from "./entered";
