import { isCellAddress } from "../../workbook/address";
import type { WritePlan } from "../../workbook/plan";
import { HostError, SheetMissingError, SheetProtectedError, WorkbookProtectedError } from "./errors";
import type { WorkbookState } from "./workbookState";

/**
 * Refuses a plan Excel could only half apply, before anything is queued. Excel runs a failing request's calls in
 * order up to the failing one and keeps their effects (there is no rollback), so a write to a protected sheet in
 * the middle of a plan would leave the workbook half written: the host checks first and throws instead.
 * Owned sheets are replaced and removed sheets deleted, so a protected one refuses the plan as well, and an address
 * outside the grid (`XFE1`, `A0`), which Excel would only reject when it reached it, refuses it too.
 */
export function assertPlanWritable(plan: WritePlan, state: WorkbookState): void {
  const sheets = new Map(state.sheets.map((sheet) => [sheet.name, sheet]));
  for (const writes of [plan.cells, plan.fills]) {
    const outside = writes.find((write) => !isCellAddress(write.cell));
    if (outside)
      throw new HostError("InvalidArgument", `单元格地址无效：${outside.sheet}!${outside.cell}，未写入任何内容。`);
  }
  for (const name of new Set([...plan.cells, ...plan.fills].map((write) => write.sheet))) {
    const sheet = sheets.get(name);
    if (!sheet) throw new SheetMissingError(name);
    if (sheet.protected) throw new SheetProtectedError(name);
  }
  const replaced = [...plan.sheets.map((owned) => owned.name), ...plan.removeSheets];
  for (const name of replaced) {
    if (sheets.get(name)?.protected) throw new SheetProtectedError(name);
  }
  const changesStructure = plan.sheets.length > 0 || plan.removeSheets.some((name) => sheets.has(name));
  if (changesStructure && state.protected) throw new WorkbookProtectedError();
}
