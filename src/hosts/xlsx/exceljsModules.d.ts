/** Two of ExcelJS's own modules, loaded without its main entry (see exceljs.ts), typed as that entry types them. */
declare module "exceljs/lib/doc/workbook" {
  import type ExcelJS from "exceljs";
  const Workbook: typeof ExcelJS.Workbook;
  export = Workbook;
}

declare module "exceljs/lib/doc/enums" {
  import type ExcelJS from "exceljs";
  export const ValueType: typeof ExcelJS.ValueType;
}
