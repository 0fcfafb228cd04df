import { renderFinding } from "../../../src/core/findings/render";
import { formatAmount, formatCount, formatPercent, formatScore } from "../../../src/core/format";
import type { BudgetItem } from "../../../src/core/model";
import { sumScores } from "../../../src/core/scoring/round";
import type { DepartmentFacts, Report, ReportRun } from "../../../src/core/report/types";
import type { Analysis } from "../../../src/workbook/analyse";

/** A number as the report writes it: `1391.03`, `-125.42`, `2,345`. */
const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;
/** A paragraph's own list numbering: `1、` `（1）`. */
const ORDINAL = /^(?:[（(]\d+[)）]|\d+、|\d+\.(?!\d))/;

const numbersIn = (text: string): string[] => text.match(NUMBER) ?? [];

/**
 * The figures that may appear in a report drafted from `analysis`: every amount, ratio, score and weight the
 * workbook holds or the engine computed, as the report formats them, and those derived by a named formula:
 * 调整预算数 = 全年预算数 − 年初预算数, 全年预算数 = 年初预算数 + 调整预算数, 结余 = 全年预算数 − 全年执行数,
 * 得分率 = 得分 ÷ 分值, 合计 = Σ 一级指标, 完成率 = 实际完成值 ÷ 年度指标值 (the engine's achievement).
 */
function allowedFigures(analysis: Analysis, facts: DepartmentFacts): Set<string> {
  const figures = new Set<string>();
  const add = (value: number | null | undefined, ...formats: ((n: number) => string)[]) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) for (const f of formats) figures.add(f(value));
  };
  for (const item of analysis.model.budget?.items ?? []) {
    for (const amount of Object.values(item.amounts)) add(amount, formatAmount, formatCount);
    for (const derived of namedBudgetFormulas(item)) add(derived, formatAmount);
  }
  for (const ratio of Object.values(analysis.result.ratios ?? {})) add(ratio, formatPercent);
  for (const table of analysis.result.tables) {
    add(table.total, formatScore);
    add(sumScores(table.levels.map((level) => level.weight)), formatScore);
    add(sumScores(table.levels.map((level) => level.score)), formatScore);
    for (const level of table.levels) {
      add(level.weight, formatScore);
      add(level.score, formatScore);
      add(level.weight === 0 ? null : level.score / level.weight, formatPercent);
    }
    const fund = table.fund;
    if (fund) {
      add(fund.rate, formatPercent);
      add(fund.score, formatScore);
      add(fund.fund.budget, formatAmount);
      add(fund.fund.executed, formatAmount);
    }
    for (const result of table.indicators) {
      add(result.score, formatScore);
      add(result.row.weight, formatScore);
      add(result.achievement, formatPercent);
    }
  }
  // Head counts typed in the 基本情况 block are figures of the workbook too.
  for (const count of [facts.authorisedStaff, facts.actualStaff]) if (count !== undefined) figures.add(count);
  return new Set([...figures].flatMap(numbersIn));
}

function namedBudgetFormulas(item: BudgetItem): number[] {
  const { initial, adjustment, adjusted, executed } = item.amounts;
  const budget = adjusted ?? (initial !== undefined && adjustment !== undefined ? initial + adjustment : initial);
  const derived: (number | undefined)[] = [
    initial !== undefined && adjusted !== undefined ? adjusted - initial : undefined,
    initial !== undefined && adjustment !== undefined ? initial + adjustment : undefined,
    budget !== undefined && executed !== undefined ? budget - executed : undefined,
  ];
  return derived.filter((value): value is number => value !== undefined);
}

/** Numbers in what people typed and in the engine's own messages: they may be quoted in text runs. */
function quotedNumbers(analysis: Analysis, facts: DepartmentFacts): Set<string> {
  const texts: string[] = [
    ...Object.values(facts).flatMap((value: string | readonly string[]) => value),
    ...analysis.result.tables.flatMap((table) => [
      table.table.title,
      ...table.indicators.flatMap(({ row, actual }) => [
        row.name,
        row.targetText,
        row.reason,
        "text" in actual ? actual.text : "",
      ]),
    ]),
    ...(analysis.model.budget?.items.map((item) => item.label) ?? []),
    ...analysis.findings.flatMap((f) => {
      const { message, suggestion } = renderFinding(f);
      return [message, suggestion, f.sheet, f.cell];
    }),
  ];
  return new Set(texts.flatMap(numbersIn));
}

/**
 * Every number of the report's title, paragraphs and score table that is neither a figure of the workbook (or
 * derived from its figures by a named formula) nor quoted from a text of the workbook — what a report must never
 * claim. Figure runs may only hold figures; text runs may also quote texts and number their list items.
 */
export function unexplainedNumbers(report: Report, analysis: Analysis, facts: DepartmentFacts): string[] {
  const figures = allowedFigures(analysis, facts);
  const quoted = quotedNumbers(analysis, facts);
  const stray: string[] = [];
  const check = (run: ReportRun) => {
    const allowed = (n: string) => figures.has(n) || (run.kind !== "figure" && quoted.has(n));
    stray.push(
      ...numbersIn(run.text)
        .filter((n) => !allowed(n))
        .map((n) => `${n} in “${run.text}”`),
    );
  };
  check({ text: report.title, kind: "text" });
  for (const paragraph of [...report.cover, ...report.sections.flatMap((section) => section.paragraphs)]) {
    paragraph.runs.forEach((run, index) => check(index === 0 ? { ...run, text: run.text.replace(ORDINAL, "") } : run));
  }
  for (const section of report.sections) {
    const table = section.table;
    if (!table) continue;
    for (const row of [...table.rows, table.total]) {
      const cells = [formatScore(row.weight), formatScore(row.score), row.rate === null ? "" : formatPercent(row.rate)];
      for (const cell of cells) check({ text: cell, kind: "figure" });
    }
  }
  return stray;
}
