import type { WorkbookHost } from "../../workbook/host";
import { applyPlan } from "./applyPlan";
import type { ReadOptions } from "./mergedAreas";
import { readFills } from "./readFills";
import { readSnapshot } from "./readSnapshot";
import { type ExcelRun, runExcel, type RunExcelOptions } from "./runExcel";
import { queueWorkbookState, type WorkbookState } from "./workbookState";

export type OfficeHost = WorkbookHost & {
  /** `context.sync()` calls made so far, failed ones included (SPEC §8 budget: ≤ 2 reads + 1 write). */
  syncCount(): number;
};

export type OfficeHostOptions = RunExcelOptions & Partial<ReadOptions>;

/**
 * The workbook host for Excel through Office.js. Pass `Excel.run` (a fake's `run` in tests).
 * `apply` checks the plan against the sheets and protection seen by the last `readSnapshot`, which a
 * recalculation has just made, so the write stays one sync; without a prior read it loads them first.
 */
export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  let syncs = 0;
  let lastState: WorkbookState | null = null;
  const batch = <T>(work: (context: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>): Promise<T> =>
    runExcel(
      run,
      (context) =>
        work(context, async () => {
          syncs += 1;
          await context.sync();
        }),
      options,
    );
  const readOptions: ReadOptions = { readMerges: options.readMerges ?? true };
  return {
    readSnapshot: () =>
      batch(async (context, sync) => {
        const { snapshot, state } = await readSnapshot(context, sync, readOptions);
        lastState = state;
        return snapshot;
      }),
    readFills: (cells) => batch((context, sync) => readFills(context, cells, sync)),
    apply: (plan) =>
      batch(async (context, sync) => {
        const before = syncs;
        const state = lastState ?? (await loadState(context, sync));
        const report = await applyPlan(context, plan, state, sync);
        // The plan added and removed sheets: the next apply must not trust the old list.
        lastState = null;
        return { ...report, syncs: syncs - before };
      }),
    syncCount: () => syncs,
  };
}

async function loadState(context: Excel.RequestContext, sync: () => Promise<void>): Promise<WorkbookState> {
  const read = queueWorkbookState(context);
  await sync();
  return read();
}
