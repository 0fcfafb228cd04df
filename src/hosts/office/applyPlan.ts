import type { ApplyReport, WritePlan } from "../../workbook/plan";
import { assertPlanWritable } from "./guardPlan";
import { callBytes, RANGE_BYTES } from "./payload";
import { createRequestQueue } from "./requestQueue";
import type { WorkbookState } from "./workbookState";
import { writeCells } from "./writeCells";
import { writeFills } from "./writeFills";
import { writeOwnedSheet } from "./writeOwnedSheet";

/**
 * Applies a plan in one sync, plus one per extra `PAYLOAD_BUDGET` of request (see `createRequestQueue`). The plan is
 * checked against the workbook's sheets first and refused whole if any part cannot be written (`assertPlanWritable`).
 * Every request starts by suspending recalculation, which lasts until that request's sync: formulas depending on
 * the written cells recalculate once, not once per block.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  state: WorkbookState,
  sync: () => Promise<void>,
): Promise<Omit<ApplyReport, "syncs">> {
  assertPlanWritable(plan, state);
  const queue = createRequestQueue(sync, () => context.application.suspendApiCalculationUntilNextSync());
  const existing = new Set(state.sheets.map((sheet) => sheet.name));
  for (const name of plan.removeSheets) {
    if (!existing.delete(name)) continue;
    await queue.add(RANGE_BYTES + callBytes(null), () => context.workbook.worksheets.getItem(name).delete());
  }
  const cellsWritten = await writeCells(queue, context, plan.cells);
  const fillsWritten = await writeFills(queue, context, plan.fills);
  for (const sheet of plan.sheets) await writeOwnedSheet(queue, context, sheet, existing.has(sheet.name));
  await queue.flush();
  return { cellsWritten, fillsWritten, sheetsWritten: plan.sheets.length };
}
