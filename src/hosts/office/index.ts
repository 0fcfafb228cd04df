export { createOfficeHost, type OfficeHost, type OfficeHostOptions } from "./createOfficeHost";
export {
  CellEditModeError,
  HostError,
  RequestTooLargeError,
  SheetMissingError,
  SheetProtectedError,
  WorkbookProtectedError,
} from "./errors";
export type { ExcelRun } from "./runExcel";
