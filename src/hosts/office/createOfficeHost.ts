import type { WorkbookHost } from "../../workbook/host";
import { applyPlan } from "./applyPlan";
import { type FillCache, lookupFills, NO_FILLS } from "./fillCache";
import { readFills } from "./readFills";
import { detectPlatform, type ReadOptions } from "./readOptions";
import { readSnapshot } from "./readSnapshot";
import { type ExcelRun, runExcel, type RunExcelOptions } from "./runExcel";
import { queueWorkbookState, type WorkbookState } from "./workbookState";

export type OfficeHost = WorkbookHost & {
  /** `context.sync()` calls made so far, failed ones included (SPEC §8 budget: ≤ 3 per recalculation). */
  syncCount(): number;
};

export type OfficeHostOptions = RunExcelOptions & Partial<ReadOptions>;

/**
 * The workbook host for Excel through Office.js. Pass `Excel.run` (a fake's `run` in tests).
 * `apply` checks the plan against the sheets and protection seen by the last `readSnapshot`, which a
 * recalculation has just made, so the write stays one sync; without a prior read it loads them first.
 * `readFills` answers from the fills that snapshot read along with the values, without a sync, and reads from Excel
 * only the cells it did not cover (a host used without a snapshot, a cell past the used range): a recalculation is
 * then two reads and one write, and on the web one more read per extra response of `PAYLOAD_BUDGET`.
 */
export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  let syncs = 0;
  let lastState: WorkbookState | null = null;
  let lastFills: FillCache = NO_FILLS;
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
  const readOptions: ReadOptions = {
    readMerges: options.readMerges ?? true,
    platform: options.platform ?? detectPlatform(),
  };
  return {
    readSnapshot: () =>
      batch(async (context, sync) => {
        // A failed read must not leave the fills of an older snapshot to answer for this one.
        lastFills = NO_FILLS;
        const { snapshot, state, fills } = await readSnapshot(context, sync, readOptions);
        lastState = state;
        lastFills = fills;
        return snapshot;
      }),
    readFills: async (cells) => {
      const { fills, missing } = lookupFills(lastFills, cells);
      if (missing.length === 0) return fills;
      return { ...fills, ...(await batch((context, sync) => readFills(context, missing, sync))) };
    },
    apply: (plan) =>
      batch(async (context, sync) => {
        const before = syncs;
        const state = lastState ?? (await loadState(context, sync));
        const report = await applyPlan(context, plan, state, sync);
        // The plan changed sheets and fills: the next apply and readFills must not trust the last read.
        lastState = null;
        lastFills = NO_FILLS;
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
