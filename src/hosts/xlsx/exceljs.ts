import Workbook from "exceljs/lib/doc/workbook";
import { ValueType } from "exceljs/lib/doc/enums";

/**
 * What the file host uses of ExcelJS at run time: its workbook (reading and writing .xlsx) and its value types.
 * Taken from ExcelJS's own modules rather than its main entry, which also loads its streaming reader and writer
 * (unzipper, archiver): half of the command line's start-up, for code it never runs. Types still come from "exceljs".
 */
export { Workbook, ValueType };
