import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../src/core/rules/types";
import type { UsableActual } from "../../../src/core/scoring/outcome";
import { scoreTarget, SCORERS } from "../../../src/core/scoring/scorers";
import type {
  ComparativeTarget,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  ZeroTarget,
} from "../../../src/core/target/types";
import { codesOf, makeRow } from "./makeRow";

const rulesOf = (input: unknown): RuleSet => {
  const result = resolveRuleSet(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const LINEAR = rulesOf("linear-reverse");
const GUANGXI = rulesOf("over-achievement-1.3");

const base = { period: null, rider: null, notes: [] } as const;
const atLeast = (value: number, unit: string | null = "%"): QuantitativeTarget => ({
  ...base,
  kind: "positive",
  operator: ">=",
  value,
  unit,
  text: `≥${value}${unit ?? ""}`,
});
const atMost = (value: number, unit: string | null = "%"): QuantitativeTarget => ({
  ...base,
  kind: "reverse",
  operator: "<=",
  value,
  unit,
  text: `≤${value}${unit ?? ""}`,
});
const equalTo = (value: number): QuantitativeTarget => ({ ...atLeast(value), kind: "equality", operator: "=" });
const ZERO: ZeroTarget = { ...base, kind: "zero", unit: "人次", text: "零登记" };
const QUALITATIVE: QualitativeTarget = { ...base, kind: "qualitative", text: "效果明显" };
const comparative = (
  relation: ComparativeTarget["relation"],
  percent: number | null,
  direction: ComparativeTarget["direction"] = "reverse",
): ComparativeTarget => ({
  ...base,
  kind: "comparative",
  relation,
  percent,
  baseYear: null,
  direction,
  text: relation,
});

const quantity = (value: number, unit: string | null = "%"): UsableActual => ({
  kind: "quantity",
  value,
  unit,
  text: `${value}${unit ?? ""}`,
});
const tier = (name: "met" | "partly" | "missed"): UsableActual => ({ kind: "tier", tier: name, text: name });

const run = (
  target: Target,
  actual: UsableActual,
  rules: RuleSet = MOF_2020,
  weight = 10,
  prior: number | null = null,
) => scoreTarget({ target, actual, weight, rules, row: makeRow({ prior }) });

describe("SCORERS", () => {
  it("has one scorer per target kind, equality sharing the positive one", () => {
    expect(Object.keys(SCORERS).sort()).toEqual([
      "comparative",
      "equality",
      "positive",
      "qualitative",
      "reverse",
      "zero",
    ]);
    expect(SCORERS.equality).toBe(SCORERS.positive);
  });
});

describe("reverse targets: the worked example of domain-rules §3.5 (weight 10, target 20 %)", () => {
  it.each<[number, number, number]>([
    // [actual %, ratio, linear]
    [15, 10, 10],
    [20, 10, 10],
    [25, 8, 7.5],
    [30, 6.67, 5],
    [40, 5, 0],
    [60, 3.33, 0],
  ])("actual %p%% → %p (ratio) vs %p (linear)", (actual, ratio, linear) => {
    expect(run(atMost(20), quantity(actual)).score).toBe(ratio);
    expect(run(atMost(20), quantity(actual), LINEAR).score).toBe(linear);
  });

  it("reports met and missed, and actual ÷ target", () => {
    expect(run(atMost(20), quantity(10))).toMatchObject({ status: "met", achievement: 0.5 });
    expect(run(atMost(20), quantity(25))).toMatchObject({ status: "missed", achievement: 1.25 });
  });

  it("never flags a reverse row as over-achieved", () => {
    expect(run(atMost(20), quantity(1)).status).toBe("met");
  });
});

describe("positive and equality targets", () => {
  it.each<[string, QuantitativeTarget, UsableActual, number, string]>([
    ["at target", atLeast(95), quantity(95), 10, "met"],
    ["above target", atLeast(95), quantity(100), 10, "met"],
    ["below: 10 × 90/95", atLeast(95), quantity(90), 9.47, "missed"],
    ["nothing done", atLeast(95), quantity(0), 0, "missed"],
    ["a negative actual earns nothing", atLeast(95), quantity(-5), 0, "missed"],
    ["count: 10 × 1800/2000", atLeast(2000, "件"), quantity(1800, "件"), 9, "missed"],
    ["equality reached", equalTo(100), quantity(100), 10, "met"],
    ["equality short: 10 × 98/100", equalTo(100), quantity(98), 9.8, "missed"],
    ["a rounded full score counts as met: 10 × 99.999/100", atLeast(100), quantity(99.999), 10, "met"],
  ])("%s", (_title, target, actual, score, status) => {
    expect(run(target, actual)).toMatchObject({ score, status });
  });
});

describe("over-achievement: no bonus, a flag, a reason", () => {
  it.each<[string, number, RuleSet, string]>([
    ["119 % of target under 1.2", 119, MOF_2020, "met"],
    ["120 % of target under 1.2", 120, MOF_2020, "exceeded"],
    ["125 % of target under 1.2", 125, MOF_2020, "exceeded"],
    ["125 % of target under the Guangxi 1.3", 125, GUANGXI, "met"],
    ["130 % of target under the Guangxi 1.3", 130, GUANGXI, "exceeded"],
  ])("%s → %s", (_title, actual, rules, status) => {
    const outcome = run(atLeast(100, "件"), quantity(actual, "件"), rules);
    expect(outcome.status).toBe(status);
    expect(outcome.score).toBe(10);
    expect(codesOf(outcome.findings)).toEqual(status === "exceeded" ? ["OVER_ACHIEVED"] : []);
    expect(outcome.trigger).toBe(status === "exceeded" ? "exceeded" : null);
  });

  it("says by how much, against which threshold, and lets a person lower the score", () => {
    const outcome = run(atLeast(95), quantity(114.95), MOF_2020);
    expect(outcome.findings[0]).toMatchObject({
      code: "OVER_ACHIEVED",
      cell: "E5",
      params: { ratio: 1.21, threshold: 1.2 },
    });
    expect(outcome.entered).toEqual({ kind: "any" });
  });
});

describe("zero targets", () => {
  it.each<[number, number, string]>([
    [0, 10, "met"],
    [1, 0, "missed"],
    [3, 0, "missed"],
  ])("%p occurrences → %p", (actual, score, status) => {
    expect(run(ZERO, quantity(actual, "人次"))).toMatchObject({ score, status, achievement: null });
  });

  it("refuses a unit of another kind", () => {
    const outcome = run(ZERO, quantity(0, "万元"));
    expect(outcome).toMatchObject({ score: null, status: "manual" });
    expect(codesOf(outcome.findings)).toEqual(["UNIT_MISMATCH"]);
  });
});

describe("comparative targets", () => {
  it("without the prior-year value: manual, COMPARATIVE_NEEDS_PRIOR at the target cell", () => {
    const outcome = run(comparative("flat", null), quantity(2.2, "万元"));
    expect(outcome).toMatchObject({ score: null, status: "manual", byHand: true });
    expect(outcome.findings).toEqual([expect.objectContaining({ code: "COMPARATIVE_NEEDS_PRIOR", cell: "D5" })]);
  });

  it.each<[string, ComparativeTarget, number, number, number, string]>([
    // [title, target, prior, actual, score, status]
    ["与上年持平, held", comparative("flat", null), 2.2, 2.2, 10, "met"],
    ["与上年持平, rose: 10 × 2.2/2.5", comparative("flat", null), 2.2, 2.5, 8.8, "missed"],
    ["只减不增, fell", comparative("no-increase", null), 2.2, 2.0, 10, "met"],
    ["较上年下降10%: goal 90, actual 90", comparative("decrease", 10), 100, 90, 10, "met"],
    ["较上年下降10%: goal 90, actual 100 → 10 × 90/100", comparative("decrease", 10), 100, 100, 9, "missed"],
    ["较上年增长10%: goal 110, actual 99 → 10 × 99/110", comparative("increase", 10, "positive"), 100, 99, 9, "missed"],
    ["prior 0, 只减不增, rose → nothing", comparative("no-increase", null), 0, 1, 0, "missed"],
  ])("%s", (_title, target, prior, actual, score, status) => {
    expect(run(target, quantity(actual, "万元"), MOF_2020, 10, prior)).toMatchObject({ score, status });
  });

  it("follows the reverse mode of the rule set", () => {
    expect(run(comparative("flat", null), quantity(30, null), LINEAR, 10, 20).score).toBe(5);
  });
});

describe("qualitative targets: tiers and their bands (domain-rules §3.7)", () => {
  it.each<["met" | "partly" | "missed", number, number, number, boolean, string | null]>([
    // [tier, prefill, band min, band max, max inclusive, reason trigger]
    ["met", 10, 8, 10, true, null],
    ["partly", 7, 6, 8, false, "qualitative"],
    ["missed", 3, 0, 6, false, "qualitative"],
  ])("%s → pre-fill %p, band [%p, %p]", (name, score, min, max, maxInclusive, trigger) => {
    const outcome = run(QUALITATIVE, tier(name));
    expect(outcome).toMatchObject({ score, status: "qualitative", trigger });
    expect(outcome.entered).toEqual({ kind: "band", tier: name, min, max, maxInclusive });
  });

  it("rounds the band ends to 2 decimals on odd weights (weight 7: 5.6 / 4.2)", () => {
    expect(run(QUALITATIVE, tier("partly"), MOF_2020, 7).entered).toMatchObject({ min: 4.2, max: 5.6 });
    expect(run(QUALITATIVE, tier("partly"), MOF_2020, 3.33).entered).toMatchObject({ min: 2, max: 2.66 });
  });

  it.each<[string, UsableActual]>([
    ["words without a tier", { kind: "text", text: "工作开展顺利" }],
    ["a number", quantity(100)],
    ["nothing", { kind: "empty" }],
  ])("%s → scored by hand", (_title, actual) => {
    expect(run(QUALITATIVE, actual)).toMatchObject({ score: null, status: "manual", byHand: true });
  });
});

describe("quantitative targets without a usable actual", () => {
  it.each<[string, UsableActual, string]>([
    ["nothing entered", { kind: "empty" }, "ACTUAL_MISSING"],
    ["words", { kind: "text", text: "较好" }, "ACTUAL_UNPARSEABLE"],
    ["a tier", tier("met"), "ACTUAL_UNPARSEABLE"],
    ["件 against %", quantity(96, "件"), "UNIT_MISMATCH"],
  ])("%s → manual, %s at the actual cell", (_title, actual, code) => {
    const outcome = run(atLeast(95), actual);
    expect(outcome).toMatchObject({ score: null, status: "manual", byHand: false });
    expect(outcome.findings).toEqual([expect.objectContaining({ code, cell: "E5" })]);
  });
});
