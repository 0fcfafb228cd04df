import type { CellRef } from "../../../src/core/location";
import type { WorkbookHost } from "../../../src/workbook/host";
import type { ApplyReport, WritePlan } from "../../../src/workbook/plan";
import { fillKey, type CellFills } from "../../../src/workbook/snapshot";
import { applyPlanToSnapshot, type Workbook } from "./applyPlan";

/** A host over an in-memory workbook, counting its round trips, for tests of the orchestration. */
export type MemoryHost = WorkbookHost & {
  /** The workbook as it stands now. */
  book: Workbook;
  /** Calls made, in order: "readSnapshot", "readFills", "apply". */
  readonly calls: string[];
};

/** A host holding `book`; `apply` writes the plan into it the way the real hosts do. */
export function memoryHost(book: Workbook): MemoryHost {
  const host: MemoryHost = {
    book,
    calls: [],
    readSnapshot() {
      host.calls.push("readSnapshot");
      return Promise.resolve(host.book.snapshot);
    },
    readFills(cells: readonly CellRef[]) {
      host.calls.push("readFills");
      const fills: CellFills = Object.fromEntries(
        cells.map(({ sheet, cell }) => [fillKey(sheet, cell), host.book.fills[fillKey(sheet, cell)] ?? null]),
      );
      return Promise.resolve(fills);
    },
    apply(plan: WritePlan) {
      host.calls.push("apply");
      host.book = applyPlanToSnapshot(host.book.snapshot, host.book.fills, plan);
      const report: ApplyReport = {
        cellsWritten: plan.cells.length,
        fillsWritten: plan.fills.length,
        sheetsWritten: plan.sheets.length,
        syncs: 0,
      };
      return Promise.resolve(report);
    },
  };
  return host;
}
