import { CellEditModeError, HostError, RequestTooLargeError } from "./errors";
import { OfficeErrorCode, officeErrorCode } from "./officeError";

/** `Excel.run`, or a fake of it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type RunExcelOptions = {
  /** Retries while Excel is in cell-edit mode. @default 3 */
  readonly retries?: number;
  /** Waits between retries; tests pass one that does not sleep. @default setTimeout, 600 ms */
  readonly pause?: () => Promise<void>;
};

const defaultPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 600));

/**
 * Runs one batch through `run`, retrying the whole batch while the user is typing in a cell (Excel refuses every
 * request in cell-edit mode, so a retry after a short pause usually succeeds), and turns Excel's errors into the
 * host's typed errors. Errors the host threw itself, and errors without an Office code, pass through unchanged.
 */
export async function runExcel<T>(
  run: ExcelRun,
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunExcelOptions = {},
): Promise<T> {
  const retries = options.retries ?? 3;
  const pause = options.pause ?? defaultPause;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run(batch);
    } catch (error) {
      const code = error instanceof HostError ? null : officeErrorCode(error);
      if (code === OfficeErrorCode.cellEditMode && attempt < retries) {
        await pause();
        continue;
      }
      throw code === null ? error : toHostError(code, error);
    }
  }
}

function toHostError(code: string, error: unknown): HostError {
  if (code === OfficeErrorCode.cellEditMode) return new CellEditModeError({ cause: error });
  if (code === OfficeErrorCode.requestTooLarge || code === OfficeErrorCode.responseTooLarge) {
    return new RequestTooLargeError(code, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError(code, `Excel 报告错误（${code}）：${detail}`, { cause: error });
}
