import type ExcelJS from "exceljs";

/** ExcelJS keeps a sheet's parsed `<sheetProtection>` on this property, which its type declarations leave out. */
type WithProtection = ExcelJS.Worksheet & { readonly sheetProtection?: { readonly sheet?: boolean } | null };

/** The sheet is protected (`<sheetProtection sheet="1">`): Excel refuses edits to its locked cells. */
export function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  return (worksheet as WithProtection).sheetProtection?.sheet === true;
}
