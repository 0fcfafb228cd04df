import type { Finding } from "../findings/types";
import type { BudgetTable } from "../model";
import type { TableResult, WorkbookResult } from "../results";
import type { ReportText } from "./text.zh";
import type { DepartmentFacts, ReportLocale, ReportParagraph, ReportSection, ScoreTableData } from "./types";

/** What every section builder reads: the input, the words of the locale, and what `buildReport` settled once. */
export type ReportContext = {
  readonly text: ReportText;
  readonly locale: ReportLocale;
  readonly facts: DepartmentFacts;
  readonly result: WorkbookResult;
  readonly budget: BudgetTable | null;
  readonly findings: readonly Finding[];
  /** The table the 自评结论 is about: the first department table, else the first table; null when there is none. */
  readonly main: TableResult | null;
  /** How sentences name the year: `2023年度`, or `本年度` when the workbook does not say. */
  readonly year: string;
};

/** A section; the table, when given, is printed after the paragraphs. */
export function section(
  heading: string,
  level: ReportSection["level"],
  paragraphs: readonly ReportParagraph[],
  table?: ScoreTableData,
): ReportSection {
  return table ? { heading, level, paragraphs, table } : { heading, level, paragraphs };
}
