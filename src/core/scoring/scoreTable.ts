import { finding, type Finding } from "../findings/types";
import type { ScoreTable } from "../model";
import type { FundResult, LevelSummary, Ratios, TableResult } from "../results";
import type { RuleSet } from "../rules/types";
import { labelKey } from "../text/normalise";
import { checkWeightSums } from "./checkWeightSums";
import { gradeOf } from "./grade";
import { levelsOf, levelWeight, type Level } from "./levels";
import { roundScore, sumScores } from "./round";
import { scoreFund } from "./scoreFund";
import { createReadings, type Readings } from "./readings";
import { scoreIndicator } from "./scoreIndicator";

/** The fund block's line in the per-level summary (the report's chart of score against weight). */
const FUND_LEVEL = "预算执行率";

/**
 * Scores a project or department table: every 三级 row, the fund block, a summary per 一级指标, the total (a sum
 * of rounded scores; null while any row is unscored) and its grade. Checks that the weights add up, and that the
 * 总分 and 等级 written in the table match; the typed values are kept. `readings` are shared by the tables of one
 * evaluation.
 */
export function scoreTable(
  table: ScoreTable,
  rules: RuleSet,
  ratios: Ratios | null,
  readings: Readings = createReadings(),
): TableResult {
  const fund = table.fund ? scoreFund(table.fund, rules) : null;
  const context = { ratios, readings };
  const indicators = table.indicators.map((row) => scoreIndicator(row, rules, context));
  const levels = levelsOf(table, indicators);
  const scores = [...indicators.map((result) => result.score), ...(fund ? [fund.score] : [])];
  const total = scores.every((score): score is number => score !== null)
    ? sumScores(scores, rules.scoreDecimals)
    : null;
  const grade = total === null ? null : gradeOf(total, rules);

  const findings: Finding[] = [
    ...(fund?.findings ?? []),
    ...indicators.flatMap((result) => result.findings),
    ...checkWeightSums(table, levels, fund, rules),
    ...(total === null ? [] : totalFindings(table, total, rules)),
  ];
  return {
    table,
    fund,
    indicators,
    levels: summarise(levels, fund, rules),
    total,
    maxTotal: rules.maxTotal,
    grade,
    findings,
  };
}

function summarise(levels: readonly Level[], fund: FundResult | null, rules: RuleSet): LevelSummary[] {
  const summaries = levels.map((level) => ({
    name: level.name,
    weight:
      levelWeight(level) ??
      sumKnown(
        level.rows.map((result) => result.row.weight),
        rules,
      ),
    score: sumKnown(
      level.rows.map((result) => result.score),
      rules,
    ),
  }));
  return fund ? [...summaries, { name: FUND_LEVEL, weight: fund.weight, score: fund.score ?? 0 }] : summaries;
}

/** A level's summary still shows what is known while some rows wait for a weight or a score. */
function sumKnown(values: readonly (number | null)[], rules: RuleSet): number {
  return sumScores(
    values.filter((value): value is number => value !== null && Number.isFinite(value)),
    rules.scoreDecimals,
  );
}

/** TOTAL_MISMATCH, GRADE_MISMATCH and TOTAL_OVER_MAX against the 总分 and 等级 cells. */
function totalFindings(table: ScoreTable, total: number, rules: RuleSet): Finding[] {
  const findings: Finding[] = [];
  const totalAt = table.at.total ?? table.at.header;
  const { enteredTotal, enteredGrade } = table;
  if (enteredTotal !== null && roundScore(enteredTotal, rules.scoreDecimals) !== total) {
    findings.push(finding("TOTAL_MISMATCH", totalAt, { entered: enteredTotal, computed: total }));
  }
  if (total > rules.maxTotal) findings.push(finding("TOTAL_OVER_MAX", totalAt, { total, max: rules.maxTotal }));
  const grade = gradeOf(total, rules);
  // People write the grade out (优秀, 良好, 中等): the label only has to begin it.
  if (enteredGrade !== null && labelKey(enteredGrade) !== "" && !labelKey(enteredGrade).startsWith(grade)) {
    const at = table.at.grade ?? table.at.header;
    findings.push(finding("GRADE_MISMATCH", at, { entered: enteredGrade, computed: grade, total }));
  }
  return findings;
}
