import { finding, type Finding } from "../findings/types";
import type { FundBlock } from "../model";
import type { FundResult } from "../results";
import type { RuleSet } from "../rules/types";
import { roundScore } from "./round";
import { usableWeight } from "./weights";

/** The fund block's name in findings, as the form labels its row. */
const FUND_ITEM = "年度资金总额";
const RATE_NAME = "执行率";
const SCORE_NAME = "预算执行率";
/** Rates are compared in percent points written to 2 decimals: 99.59 % stands for 99.586 %. */
const RATE_TOLERANCE = 0.005 + 1e-9;

/**
 * 预算执行率 of a project table (SPEC §3.1, domain-rules §3.8): rate = 全年执行数 ÷ 全年预算数 (or 年初预算数 under
 * `executionRateBase: "initial"`), score = weight × min(rate, 1), rounded (10 × 0.99586 → 9.96). The weight is the
 * block's 分值, or the rule set's when the cell is empty. Spending above the budget, and a rate or score typed that
 * differs from the computed one, are findings at their cells; typed values are kept.
 */
export function scoreFund(fund: FundBlock, rules: RuleSet): FundResult {
  const weight = usableWeight(fund.weight) ?? rules.fundWeight;
  const base = rules.executionRateBase === "initial" ? fund.initialBudget : fund.budget;
  const quotient = base !== null && base > 0 && fund.executed !== null ? fund.executed / base : null;
  // A budget of 5e-324 makes any spending an infinite rate: no rate at all, rather than one no cell can hold.
  const rate = quotient !== null && Number.isFinite(quotient) ? quotient : null;
  const computedScore = rate === null ? null : roundScore(weight * Math.min(Math.max(rate, 0), 1), rules.scoreDecimals);
  const enteredScore =
    fund.enteredScore !== null && Number.isFinite(fund.enteredScore)
      ? roundScore(fund.enteredScore, rules.scoreDecimals)
      : null;

  const findings: Finding[] = [];
  if (fund.budget !== null && fund.executed !== null && fund.executed > fund.budget) {
    const over = { item: FUND_ITEM, budget: fund.budget, executed: fund.executed };
    findings.push(finding("EXECUTION_OVER_BUDGET", fund.at.executed ?? fund.at.row, over));
  }
  if (rate !== null && fund.enteredRate !== null && Math.abs(fund.enteredRate - rate) * 100 > RATE_TOLERANCE) {
    // In percent points, so the message reads 99.00 against 99.59 as the cell shows them.
    const points = { entered: roundScore(fund.enteredRate * 100), computed: roundScore(rate * 100) };
    findings.push(finding("SCORE_MISMATCH", fund.at.rate ?? fund.at.row, { name: RATE_NAME, ...points }));
  }
  const scoreAt = fund.at.score ?? fund.at.row;
  if (enteredScore !== null && enteredScore > weight) {
    findings.push(finding("SCORE_OVER_WEIGHT", scoreAt, { name: SCORE_NAME, score: enteredScore, weight }));
  } else if (enteredScore !== null && computedScore !== null && enteredScore !== computedScore) {
    findings.push(
      finding("SCORE_MISMATCH", scoreAt, { name: SCORE_NAME, entered: enteredScore, computed: computedScore }),
    );
  }
  return { fund, rate, weight, computedScore, score: enteredScore ?? computedScore, findings };
}
