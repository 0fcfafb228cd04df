import type { FundBlock } from "../../../src/core/model";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../src/core/rules/types";
import { scoreFund } from "../../../src/core/scoring/scoreFund";
import { codesOf, ref } from "./makeRow";

const INITIAL = (() => {
  const result = resolveRuleSet("execution-initial-budget");
  if (!result.ok) throw new Error(result.error);
  return result.value;
})();

/** Seed 004's block: 申报 922.56, adjusted 797.14, spent 793.84. */
const makeFund = (overrides: Partial<FundBlock> = {}): FundBlock => ({
  initialBudget: 922.56,
  budget: 797.14,
  executed: 793.84,
  weight: 10,
  enteredRate: null,
  enteredScore: null,
  at: {
    row: ref("A4"),
    initialBudget: ref("B4"),
    budget: ref("C4"),
    executed: ref("D4"),
    weight: ref("E4"),
    rate: ref("F4"),
    score: ref("G4"),
  },
  ...overrides,
});

describe("scoreFund", () => {
  it("seed 004: 793.84 / 797.14 → rate 0.99586, score 10 × 0.99586 = 9.96", () => {
    const result = scoreFund(makeFund(), MOF_2020);
    expect(result.rate).toBeCloseTo(0.99586, 5);
    expect(result).toMatchObject({ weight: 10, computedScore: 9.96, score: 9.96, findings: [] });
  });

  it.each<[string, Partial<FundBlock>, RuleSet, number | null, number | null, string[]]>([
    // [title, fund, rules, rate (4 dp), score, codes]
    ["against the initial budget (preset): 793.84 / 922.56", {}, INITIAL, 0.8605, 8.6, []],
    ["spent in full", { executed: 797.14 }, MOF_2020, 1, 10, []],
    ["over budget: capped at the weight, flagged", { executed: 800 }, MOF_2020, 1.0036, 10, ["EXECUTION_OVER_BUDGET"]],
    ["Chongqing: 76 % on weight 10 → 7.6", { budget: 100, executed: 76 }, MOF_2020, 0.76, 7.6, []],
    ["empty 分值 → the rule set's 10", { weight: null }, MOF_2020, 0.9959, 9.96, []],
    ["a declared 分值 of 20", { weight: 20 }, MOF_2020, 0.9959, 19.92, []],
    ["no execution figure", { executed: null }, MOF_2020, null, null, []],
    [
      "a budget of 0: no rate, and the spending is over it",
      { budget: 0 },
      MOF_2020,
      null,
      null,
      ["EXECUTION_OVER_BUDGET"],
    ],
    ["typed rate agreeing to 2 decimals of a point", { enteredRate: 0.9959 }, MOF_2020, 0.9959, 9.96, []],
    ["typed rate disagreeing", { enteredRate: 0.99 }, MOF_2020, 0.9959, 9.96, ["SCORE_MISMATCH"]],
    ["typed score agreeing", { enteredScore: 9.96 }, MOF_2020, 0.9959, 9.96, []],
    ["typed score disagreeing: it counts", { enteredScore: 10 }, MOF_2020, 0.9959, 10, ["SCORE_MISMATCH"]],
    ["typed score above the weight", { enteredScore: 11 }, MOF_2020, 0.9959, 11, ["SCORE_OVER_WEIGHT"]],
  ])("%s", (_title, overrides, rules, rate, score, codes) => {
    const result = scoreFund(makeFund(overrides), rules);
    expect(result.rate === null ? null : Math.round(result.rate * 10000) / 10000).toBe(rate);
    expect(result.score).toBe(score);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("gives no rate and no score when the quotient is not a finite number (a budget of 5e-324)", () => {
    const result = scoreFund(makeFund({ budget: 5e-324, executed: -8.881784197001252e-16 }), MOF_2020);
    expect({ rate: result.rate, score: result.computedScore }).toEqual({ rate: null, score: null });
  });

  it("puts findings at their cells, the rate in percent points", () => {
    const result = scoreFund(makeFund({ executed: 800, enteredRate: 0.99, enteredScore: 9 }), MOF_2020);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([
      ["EXECUTION_OVER_BUDGET", "D4"],
      ["SCORE_MISMATCH", "F4"],
      ["SCORE_MISMATCH", "G4"],
    ]);
    expect(result.findings[1]?.params).toEqual({ name: "执行率", entered: 99, computed: 100.36 });
    expect(result.findings[2]?.params).toEqual({ name: "预算执行率", entered: 9, computed: 10 });
  });
});
