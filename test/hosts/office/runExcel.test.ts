import { CellEditModeError, HostError, RequestTooLargeError, SheetProtectedError } from "../../../src/hosts/office";
import { runExcel } from "../../../src/hosts/office/runExcel";

/** A stand-in for `Excel.run` whose batches fail with the given codes, then succeed. */
function failingRun(codes: string[]) {
  let attempts = 0;
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    attempts += 1;
    const code = codes.shift();
    if (code !== undefined) return Promise.reject(Object.assign(new Error(`failed: ${code}`), { code }));
    return batch({} as Excel.RequestContext);
  };
  return { run, attempts: () => attempts };
}

describe("runExcel", () => {
  it("retries the whole batch while Excel is in cell-edit mode, pausing between tries", async () => {
    const excel = failingRun(["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"]);
    let pauses = 0;
    const result = await runExcel(excel.run, () => Promise.resolve("done"), {
      pause: () => Promise.resolve(void (pauses += 1)),
    });
    expect(result).toBe("done");
    expect(excel.attempts()).toBe(3);
    expect(pauses).toBe(2);
  });

  it("gives up after the retries with CellEditModeError", async () => {
    const excel = failingRun(Array.from({ length: 5 }, () => "InvalidOperationInCellEditMode"));
    const attempt = runExcel(excel.run, () => Promise.resolve(1), { retries: 2, pause: () => Promise.resolve() });
    await expect(attempt).rejects.toBeInstanceOf(CellEditModeError);
    await expect(attempt).rejects.toThrow("请先完成单元格编辑（按 Enter 或 Esc），再点一键计算。");
    expect(excel.attempts()).toBe(3);
  });

  it.each([
    { code: "RequestPayloadSizeLimitExceeded", type: RequestTooLargeError },
    { code: "ResponsePayloadSizeLimitExceeded", type: RequestTooLargeError },
    { code: "GeneralException", type: HostError },
  ])("turns Excel's $code into a $type.name carrying the code", async ({ code, type }) => {
    const attempt = runExcel(failingRun([code]).run, () => Promise.resolve(1));
    await expect(attempt).rejects.toBeInstanceOf(type);
    await expect(attempt).rejects.toMatchObject({ code });
  });

  it("passes the host's own errors and errors without an Office code through unchanged", async () => {
    const protectedError = new SheetProtectedError("表1");
    await expect(runExcel(failingRun([]).run, () => Promise.reject(protectedError))).rejects.toBe(protectedError);
    const bug = new TypeError("a bug");
    await expect(runExcel(failingRun([]).run, () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
