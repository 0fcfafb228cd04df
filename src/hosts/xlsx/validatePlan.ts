import type ExcelJS from "exceljs";
import { isCellAddress } from "../../workbook/address";
import type { WritePlan } from "../../workbook/plan";
import { PlanInvalidError, SheetProtectedError } from "./errors";
import { isProtected } from "./protection";
import { sheetLookup, type SheetLookup } from "./sheetOrder";
import { builtContent } from "./writeSheetContent";

/** Excel's rules for a sheet name (ExcelJS throws on the same ones, but only halfway through a write). */
function sheetNameProblem(name: string): string | null {
  if (name === "" || name.length > 31) return `工作表名称长度须为 1–31 个字符：「${name}」`;
  if (/[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name === "History") return `工作表名称不合法：「${name}」`;
  return null;
}

/**
 * Checks everything that could make a write fail before anything is written, so that a plan is applied whole or
 * not at all: every sheet it names exists (or is created by it), every address is A1, no touched sheet is protected,
 * no cell is written into a sheet the host built whole.
 * Returns the lookup of the sheets it checked, for writing the cells.
 */
export function validatePlan(workbook: ExcelJS.Workbook, plan: WritePlan): SheetLookup {
  const findSheet = sheetLookup(workbook);
  const problems: string[] = [];
  const protectedSheets = new Set<string>();
  const touch = (name: string, mustExist: boolean): ExcelJS.Worksheet | undefined => {
    const sheet = findSheet(name);
    if (sheet && isProtected(sheet)) protectedSheets.add(sheet.name);
    else if (!sheet && mustExist) problems.push(`找不到工作表「${name}」`);
    return sheet;
  };
  for (const target of [...plan.cells, ...plan.fills]) {
    const sheet = touch(target.sheet, true);
    if (!isCellAddress(target.cell)) problems.push(`单元格地址无效：${target.sheet}!${target.cell}`);
    // A sheet the add-in wrote whole is only ever replaced whole (see writeSheetContent).
    if (sheet && builtContent(sheet)) problems.push(`工作表「${sheet.name}」由加载项整张写入，只能整张替换`);
  }
  for (const sheet of plan.sheets) {
    touch(sheet.name, false);
    const problem = sheetNameProblem(sheet.name);
    if (problem) problems.push(problem);
  }
  for (const name of plan.removeSheets) touch(name, false);
  if (protectedSheets.size > 0) throw new SheetProtectedError([...protectedSheets]);
  if (problems.length > 0) throw new PlanInvalidError([...new Set(problems)]);
  return findSheet;
}
