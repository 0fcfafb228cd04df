import { renderFinding, type Locale } from "../core/findings/render";
import type { Severity } from "../core/findings/types";
import type { IndicatorStatus, RatioKey, Ratios, TableResult } from "../core/results";
import { roundScore } from "../core/scoring/round";
import type { CheckedWorkbook } from "./checkFile";

/**
 * The `--json` document of `selfeval check`: a public contract (SPEC §6). Keys keep their names and meaning; new
 * keys may be added. Rates are fractions rounded to 4 decimals (0.9959, as a table shows 99.59 %), scores and totals
 * numbers rounded to 2 decimals; a figure that is missing is null.
 */
export type CheckJson = { readonly files: readonly FileJson[] };

export type FileJson = {
  /** The input path as given on the command line (or found in a folder). */
  readonly file: string;
  /** Id of the rule set applied; null when the file could not be read. */
  readonly ruleSet: string | null;
  readonly tables: readonly TableJson[];
  readonly budget: BudgetJson | null;
  readonly findings: readonly FindingJson[];
  /** Why the file could not be checked; absent when it was. */
  readonly error?: string;
};

export type TableJson = {
  readonly sheet: string;
  readonly kind: "project" | "department";
  readonly fund: FundJson | null;
  readonly indicators: readonly IndicatorJson[];
  readonly total: number | null;
  readonly maxTotal: number;
  readonly grade: string | null;
  readonly enteredTotal: number | null;
};

export type FundJson = {
  readonly initialBudget: number | null;
  readonly budget: number | null;
  readonly executed: number | null;
  readonly rate: number | null;
  readonly weight: number;
  readonly score: number | null;
};

export type IndicatorJson = {
  /** The cell of the row's 三级指标 name. */
  readonly cell: string;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** 年度指标值 as written. */
  readonly target: string;
  /**
   * The 实际完成值 cell's value in the filled copy: what was entered, or the ratio the add-in filled in (a fraction,
   * as the cell holds it in a percent format).
   */
  readonly actual: number | string | null;
  readonly weight: number | null;
  /** The score that counts: the entered one when a person typed one, else the computed one. */
  readonly score: number | null;
  readonly enteredScore: number | null;
  readonly status: IndicatorStatus;
  readonly reason: string;
};

export type BudgetJson = { readonly sheet: string; readonly ratios: Ratios };

export type FindingJson = {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
};

const RATE_DECIMALS = 4;

const score = (value: number | null): number | null => (value === null ? null : roundScore(value, 2));
const rate = (value: number | null): number | null => (value === null ? null : roundScore(value, RATE_DECIMALS));

function tableJson(result: TableResult): TableJson {
  const { table, fund } = result;
  return {
    sheet: table.sheet,
    kind: table.kind,
    fund: fund && {
      initialBudget: fund.fund.initialBudget,
      budget: fund.fund.budget,
      executed: fund.fund.executed,
      rate: rate(fund.rate),
      weight: fund.weight,
      score: score(fund.score),
    },
    indicators: result.indicators.map((indicator) => {
      const { row } = indicator;
      // A filled ratio is written into the cell as a fraction in a percent format (filledActual is in points).
      const actual = indicator.filledActual === null ? row.actual.value : rate(indicator.filledActual / 100);
      return {
        cell: row.at.row.cell,
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        target: row.targetText,
        actual: typeof actual === "boolean" ? String(actual) : actual,
        weight: row.weight,
        score: score(indicator.score),
        enteredScore: score(row.enteredScore),
        status: indicator.status,
        reason: row.reason,
      };
    }),
    total: score(result.total),
    maxTotal: result.maxTotal,
    grade: result.grade,
    enteredTotal: score(table.enteredTotal),
  };
}

function ratiosJson(ratios: Ratios): Ratios {
  const rounded: { [K in RatioKey]?: number } = {};
  for (const [key, value] of Object.entries(ratios) as [RatioKey, number][])
    rounded[key] = roundScore(value, RATE_DECIMALS);
  return rounded;
}

/** One checked workbook in the JSON document. */
export function fileJson(file: string, checked: CheckedWorkbook, locale: Locale): FileJson {
  const { result, budgetSheet } = checked;
  return {
    file,
    ruleSet: result.ruleSet.id,
    tables: result.tables.map(tableJson),
    budget: budgetSheet === null ? null : { sheet: budgetSheet, ratios: ratiosJson(result.ratios ?? {}) },
    findings: checked.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: renderFinding(f, locale).message,
    })),
  };
}

/** A workbook that could not be checked, with the reason. */
export function failedFileJson(file: string, error: string): FileJson {
  return { file, ruleSet: null, tables: [], budget: null, findings: [], error };
}
