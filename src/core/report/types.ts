import type { Finding } from "../findings/types";
import type { BudgetTable } from "../model";
import type { WorkbookResult } from "../results";

/**
 * The 部门整体支出绩效自评报告 as data (SPEC §4 "自评报告"): headings, paragraphs made of runs, and the score table.
 * Hosts decide how it looks (a sheet, a Word document); the words and figures are decided once, here.
 */

/** The languages the report is written in. Only Chinese exists: the report is a Chinese government form. */
export type ReportLocale = "zh-CN";

/**
 * What the workbook's 基本情况 block says about the department; every field may be missing, and the report then
 * leaves a placeholder. Texts are as a person typed them.
 */
export type DepartmentFacts = {
  /** 部门名称. */
  readonly name?: string;
  /** 年度, as written (`2023`, `2023年`, `2023年度`). */
  readonly year?: string;
  /** 主要职能, one entry per function, numbering removed. */
  readonly functions?: readonly string[];
  /** 机构设置. */
  readonly organisation?: string;
  /** 人员编制 (编制数): a head count or a sentence. */
  readonly authorisedStaff?: string;
  /** 实有人数: a head count or a sentence. */
  readonly actualStaff?: string;
  /** 年度总体工作和重点工作任务. */
  readonly tasks?: string;
  /** 部门整体支出绩效目标. */
  readonly goal?: string;
};

/**
 * A piece of a paragraph: plain words, a figure taken or derived from the workbook (`797.14万元`, `99.59%`), or a
 * placeholder (`【请填写：…】`) a person must replace. Hosts may style figures and must make placeholders stand out.
 */
export type ReportRun = { readonly text: string; readonly kind: "text" | "figure" | "placeholder" };

export type ReportParagraph = { readonly runs: readonly ReportRun[] };

/** One line of the score table: a 一级指标 (or the fund block as 预算执行率), or the 合计 line. */
export type ScoreTableRow = {
  readonly name: string;
  readonly weight: number;
  readonly score: number;
  /** score ÷ weight as a fraction; null when the weight is 0. */
  readonly rate: number | null;
};

/** The score table of the 自评结论: 一级指标 | 分值 | 得分 | 得分率, one row per 一级指标, then 合计. */
export type ScoreTableData = {
  /** What the table shows, as a chart or a caption names it. */
  readonly title: string;
  readonly header: readonly [string, string, string, string];
  readonly rows: readonly ScoreTableRow[];
  readonly total: ScoreTableRow;
};

/** A heading and what follows it. Sections form a flat list in reading order; `level` gives the outline depth. */
export type ReportSection = {
  /** `一、部门基本情况` (1), `（一）部门职能` (2), `1.主要职能` (3), `（1）经济性` (4). */
  readonly heading: string;
  readonly level: 1 | 2 | 3 | 4;
  readonly paragraphs: readonly ReportParagraph[];
  /** Printed after the paragraphs. */
  readonly table?: ScoreTableData;
};

export type Report = {
  readonly title: string;
  /** The lines under the title (部门名称, 填报人, 联系电话, 填报日期), as in the reference format. */
  readonly cover: readonly ReportParagraph[];
  readonly sections: readonly ReportSection[];
};

/** Everything the report is written from. */
export type ReportInput = {
  readonly facts: DepartmentFacts;
  readonly result: WorkbookResult;
  readonly budget: BudgetTable | null;
  /** The findings a person must still resolve; default `result.findings` (the workbook layer adds the reader's). */
  readonly findings?: readonly Finding[];
  /** @default "zh-CN" */
  readonly locale?: ReportLocale;
};
