import { analyseWorkbook, type Analysis, type WorkbookOptions } from "./analyse";
import type { WorkbookHost } from "./host";
import type { ApplyReport, WritePlan } from "./plan";
import { fillsToRead, planRecalculation } from "./write/buildPlan";
import { planClearMarks } from "./write/clearMarks";

/** What a command did: what it read, what it planned, what the host reported. */
export type HostRun = { readonly analysis: Analysis; readonly plan: WritePlan; readonly report: ApplyReport };

/**
 * 一键计算 on any host: read the snapshot, analyse, read the fills of the cells to highlight, plan, apply. Two reads
 * and one write, whatever the workbook's size; the fills are not read when nothing is to be highlighted.
 */
export async function recalculate(host: WorkbookHost, options: WorkbookOptions = {}): Promise<HostRun> {
  const analysis = analyseWorkbook(await host.readSnapshot(), options);
  const cells = fillsToRead(analysis);
  const fills = cells.length === 0 ? {} : await host.readFills(cells);
  const plan = planRecalculation(analysis, fills, options.locale);
  return { analysis, plan, report: await host.apply(plan) };
}

/** 清除标记 on any host: restores every fill the add-in replaced; values stay. */
export async function clearMarks(host: WorkbookHost): Promise<HostRun> {
  const analysis = analyseWorkbook(await host.readSnapshot());
  const plan = planClearMarks(analysis);
  return { analysis, plan, report: await host.apply(plan) };
}
