import type { TableResult, WorkbookResult } from "../results";
import { basicsSections } from "./basics";
import { benefitSections } from "./benefit";
import { budgetingSection, executionSection } from "./budgetSections";
import { conclusionSection } from "./conclusion";
import { section, type ReportContext } from "./context";
import { problemSections } from "./problems";
import { paragraph } from "./runs";
import { spendingSection } from "./spending";
import { ZH, type ReportText } from "./text.zh";
import type { Report, ReportInput, ReportLocale } from "./types";

const TEXTS: { readonly [L in ReportLocale]: ReportText } = { "zh-CN": ZH };

/** The first four-digit year in what a person typed as 年度 (`2023`, `2023年度`). */
const YEAR = /(?:19|20)\d{2}/;

/**
 * Drafts the 部门整体支出绩效自评报告 in the structure of the reference format (seed 002): 一、部门基本情况,
 * 二、绩效自评情况 (自评结论 with the score table, 预算编制, 预算执行, 预算使用效益), 三、存在问题及改进措施,
 * 四、上年度问题整改情况. Every figure comes from the workbook or is derived from its figures; a sentence whose
 * figure is missing is left out, and what only a person can write is a placeholder run.
 */
export function buildReport(input: ReportInput): Report {
  const locale = input.locale ?? "zh-CN";
  const text = TEXTS[locale];
  const yearMatch = YEAR.exec(input.facts.year ?? "");
  const year = yearMatch ? Number(yearMatch[0]) : null;
  const ctx: ReportContext = {
    text,
    locale,
    facts: input.facts,
    result: input.result,
    budget: input.budget,
    findings: input.findings ?? input.result.findings,
    main: mainTable(input.result),
    year: text.yearLabel(year),
  };
  return {
    title: text.title(input.facts.name, year === null ? undefined : text.yearLabel(year)),
    cover: [paragraph(text.cover.name(input.facts.name)), ...text.cover.others.map((line) => paragraph(line))],
    sections: [
      ...basicsSections(ctx),
      spendingSection(ctx),
      section(text.headings.evaluation, 1, []),
      conclusionSection(ctx),
      section(text.headings.analysis, 2, []),
      budgetingSection(ctx),
      executionSection(ctx),
      ...benefitSections(ctx),
      ...problemSections(ctx),
    ],
  };
}

/** The table the report is about: the first department table, else the first table; null when there is none. */
export function mainTable(result: WorkbookResult): TableResult | null {
  return result.tables.find((table) => table.table.kind === "department") ?? result.tables[0] ?? null;
}
