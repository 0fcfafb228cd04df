/**
 * The file host's thrown errors. Expected problems in a workbook are findings; these are the cases where the host
 * cannot do its job at all, each typed so that the command line can report it by name.
 */

/** The plan writes to a protected sheet; nothing was changed. */
export class SheetProtectedError extends Error {
  override readonly name = "SheetProtectedError";
  constructor(readonly sheets: readonly string[]) {
    super(`工作表受保护，未写入任何内容：${sheets.join("、")}`);
  }
}

/** The plan names a sheet or a cell the workbook does not have; nothing was changed. */
export class PlanInvalidError extends Error {
  override readonly name = "PlanInvalidError";
  constructor(readonly problems: readonly string[]) {
    super(`写入计划无效，未写入任何内容：${problems.join("；")}`);
  }
}

/** The most cells one sheet's used range may span: Excel's own limit for reading a range at once. */
export const MAX_SHEET_CELLS = 5_000_000;

/** A sheet's used range spans more than MAX_SHEET_CELLS (content far from the table, e.g. at XFD1048576). */
export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
  constructor(
    readonly sheet: string,
    readonly cells: number,
  ) {
    super(`工作表「${sheet}」的已用区域有 ${cells} 个单元格，超过 ${MAX_SHEET_CELLS} 个`);
  }
}

/** Why a file could not be opened as a workbook. */
export type UnreadableReason = "missing" | "denied" | "directory" | "not-xlsx" | "too-large";

/** Each reason in Chinese, as the error message and the command line print it. */
export const UNREADABLE_REASON_ZH: { readonly [R in UnreadableReason]: string } = {
  missing: "文件不存在",
  denied: "没有读取权限",
  directory: "这是一个文件夹",
  "not-xlsx": "不是有效的 .xlsx 工作簿（文件可能已损坏，或是其他格式改了扩展名）",
  "too-large": `有工作表的已用区域超过 ${MAX_SHEET_CELLS / 10_000} 万个单元格（Excel 一次读取的上限），多半是远处有零星内容；请删除后重试`,
};

/** The file is missing, unreadable, or not an .xlsx workbook. */
export class WorkbookUnreadableError extends Error {
  override readonly name = "WorkbookUnreadableError";
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    options?: { cause: unknown },
  ) {
    super(`无法读取 ${file}：${UNREADABLE_REASON_ZH[reason]}`, options);
  }
}
