import type { CellRef } from "../core/location";
import type { CellFills, WorkbookSnapshot } from "./snapshot";
import type { ApplyReport, WritePlan } from "./plan";

/**
 * What a host (Excel through Office.js, an .xlsx file through ExcelJS) does for a recalculation: three batch
 * operations. A new host is one more implementation of this type.
 */
export type WorkbookHost = {
  /** Every sheet's used range: values, formulas, number formats, merges, protection, visibility. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** The current fill colour of each cell asked for, in one batch. */
  readFills(cells: readonly CellRef[]): Promise<CellFills>;
  /** Applies the plan all or nothing: a host refuses before writing when it cannot write everything. */
  apply(plan: WritePlan): Promise<ApplyReport>;
};
