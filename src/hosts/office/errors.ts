/**
 * The Office host's thrown errors, one class per condition, each with the Chinese sentence the task pane shows.
 * Expected problems in a workbook are findings; these are the cases where Excel cannot do what was asked.
 * `code` is Excel's error code for the condition (`Excel.ErrorCodes`), so callers can branch without parsing text.
 */

/** Excel failed a request for a reason with no class of its own; carries Excel's error code. */
export class HostError extends Error {
  override readonly name: string = "HostError";
  constructor(
    readonly code: string,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** Thrown by `apply` before anything is queued: the plan writes to, replaces or removes a protected sheet. */
export class SheetProtectedError extends HostError {
  override readonly name = "SheetProtectedError";
  constructor(readonly sheet: string) {
    super("AccessDenied", `工作表「${sheet}」受保护，未写入任何内容。请撤销保护后重试。`);
  }
}

/** Thrown by `apply` before anything is queued: the plan adds or removes sheets in a structure-protected workbook. */
export class WorkbookProtectedError extends HostError {
  override readonly name = "WorkbookProtectedError";
  constructor() {
    super("AccessDenied", "工作簿的结构受保护，无法添加或删除工作表，未写入任何内容。请撤销工作簿保护后重试。");
  }
}

/** Thrown by `apply` before anything is queued: the plan writes to a sheet the workbook no longer has. */
export class SheetMissingError extends HostError {
  override readonly name = "SheetMissingError";
  constructor(readonly sheet: string) {
    super("ItemNotFound", `找不到工作表「${sheet}」，未写入任何内容。请重新点一键计算。`);
  }
}

/** Thrown by `runExcel` when Excel stays in cell-edit mode through every retry. */
export class CellEditModeError extends HostError {
  override readonly name = "CellEditModeError";
  constructor(options?: { cause: unknown }) {
    super("InvalidOperationInCellEditMode", "请先完成单元格编辑（按 Enter 或 Esc），再点一键计算。", options);
  }
}

/** Thrown by `runExcel` when Excel on the web rejects a request or response over its 5 MB limit. */
export class RequestTooLargeError extends HostError {
  override readonly name = "RequestTooLargeError";
  constructor(code: string, options?: { cause: unknown }) {
    super(code, "一次读写的数据超过了 Excel 网页版 5 MB 的上限，操作未完成。请在桌面版 Excel 中重试。", options);
  }
}
