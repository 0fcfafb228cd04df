/**
 * The workbook layer (SPEC §7): snapshot in, write plan out. Both hosts and the front-ends import from here.
 */
export { toA1, fromA1, columnName, rangeFromA1 } from "./address";
export type { WorkbookHost } from "./host";
export type { ApplyReport, CellWrite, ChartSpec, FillWrite, OwnedSheet, SheetCell, WritePlan } from "./plan";
export { DEFAULT_SETTINGS } from "./settings";
export type { Settings } from "./settings";
export { fillKey } from "./snapshot";
export type { CellFills, CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
export { STATE_SHEET_NAME } from "./state";
export type { StateData } from "./state";
export { readWorkbookModel } from "./read/readWorkbookModel";
export type { OwnedValue } from "./read/entered";
export type { ReadOptions, SheetReading, WorkbookReading } from "./read/readWorkbookModel";
export { analyseWorkbook } from "./analyse";
export type { Analysis, WorkbookOptions } from "./analyse";
export { clearMarks, recalculate } from "./recalculate";
export type { HostRun } from "./recalculate";
export { fillsToRead, planRecalculation } from "./write/buildPlan";
export { planClearMarks } from "./write/clearMarks";
export { HEADER_FILL, HIGHLIGHT, SEVERITY_FILL } from "./write/colors";
export { FINDINGS_SHEET_NAME } from "./write/findingsSheet";
export { ownedValueOf } from "./write/ownership";
export { EMPTY_STATE, readState } from "./write/readState";
export { stateSheet } from "./write/stateSheet";
export { FACTS_HEADING, FACTS_LABELS, readDepartmentFacts } from "./read/readFacts";
export type { FactKey } from "./read/readFacts";
export { REPORT_SHEET_NAME, reportSheet } from "./report/reportSheet";
export { factsOf, planReport, reportOf } from "./report/planReport";
export { generateReport } from "./report/generateReport";
export type { ReportHostRun } from "./report/generateReport";
