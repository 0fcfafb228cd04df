import type { Report } from "../../core/report/types";
import { analyseWorkbook, type WorkbookOptions } from "../analyse";
import type { WorkbookHost } from "../host";
import type { HostRun } from "../recalculate";
import { planReport, reportOf } from "./planReport";

/** What 生成自评报告 did: the run, and the report it wrote (for a Word copy). */
export type ReportHostRun = HostRun & { readonly narrative: Report };

/**
 * 生成自评报告 on any host: read the snapshot, analyse, write the 自评报告 sheet (and the state sheet) in one apply.
 * One read and one write; the figures are those of the workbook as it stands, so run 一键计算 first to fill it.
 */
export async function generateReport(host: WorkbookHost, options: WorkbookOptions = {}): Promise<ReportHostRun> {
  const analysis = analyseWorkbook(await host.readSnapshot(), options);
  const narrative = reportOf(analysis);
  const plan = planReport(analysis, narrative);
  return { analysis, plan, report: await host.apply(plan), narrative };
}
