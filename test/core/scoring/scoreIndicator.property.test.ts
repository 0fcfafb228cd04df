import fc from "fast-check";
import type { UsableActual } from "../../../src/core/scoring/outcome";
import { SEVERITY } from "../../../src/core/findings/types";
import type { CellInput } from "../../../src/core/location";
import type { IndicatorRow } from "../../../src/core/model";
import type { Ratios } from "../../../src/core/results";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../src/core/rules/types";
import { roundScore } from "../../../src/core/scoring/round";
import { scoreIndicator } from "../../../src/core/scoring/scoreIndicator";
import { SCORERS } from "../../../src/core/scoring/scorers";
import type { QuantitativeTarget } from "../../../src/core/target/types";
import { makeRow } from "./makeRow";

const RUNS = { numRuns: 1000 };
const LINEAR = (() => {
  const result = resolveRuleSet("linear-reverse");
  if (!result.ok) throw new Error(result.error);
  return result.value;
})();

/** Pieces of real 指标值 / 实际完成值 / 评分标准 texts, so that random strings reach the parsers' deeper paths. */
const FRAGMENTS = [
  "≥",
  "≤",
  ">",
  "<",
  "=",
  "不少于",
  "不低于",
  "低于",
  "不超过",
  "控制在",
  "以内",
  "达到",
  "零",
  "零进京",
  "0次",
  "不发生",
  "与上年持平",
  "与2023年持平",
  "只减不增",
  "较上年下降",
  "较上年增长",
  "每年",
  "每批",
  "%",
  "％",
  "件",
  "次",
  "万元",
  "元",
  "天",
  "，",
  "。",
  ";",
  "-",
  "至",
  "/",
  "95",
  "100",
  "0",
  "0.5",
  "1,391.03",
  "-3",
  "２０",
  "达成年度指标",
  "部分达成",
  "未达成",
  "效果明显",
  "#REF!",
  "#DIV/0!",
  " ",
  "\n",
  "计5分",
  "扣0.5分",
  "每超过一个百分点",
  "以100%为标准",
  "扣完为止",
  "每出现一例",
  "不得分",
  "(含)",
];
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join("")),
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const cell: fc.Arbitrary<CellInput> = fc.record(
  {
    value: fc.oneof(text, finite, fc.boolean(), fc.constant(null)),
    numberFormat: fc.constantFrom("General", "0%", "0.00%", '0"件"', "yyyy-mm-dd", ""),
  },
  { requiredKeys: ["value"] },
);
const weight = fc.oneof(fc.constant(null), fc.constant(0), finite, fc.double({ min: 0, max: 100, noNaN: true }));
const nullableNumber = fc.oneof(fc.constant(null), finite);
const name = fc.oneof(
  text,
  fc.constantFrom("预算执行率", "“三公”经费控制率", "在职人员控制率", "全区信访业务系统故障率"),
);
const ratios: fc.Arbitrary<Ratios | null> = fc.oneof(
  fc.constant(null),
  fc.record(
    { budgetExecutionRate: finite, threePublicControlRate: finite, staffControlRate: finite },
    { requiredKeys: [] },
  ),
);
const rules: fc.Arbitrary<RuleSet> = fc.constantFrom(MOF_2020, LINEAR);

const row: fc.Arbitrary<IndicatorRow> = fc
  .record({
    name,
    targetText: text,
    actual: cell,
    actualPercentColumn: fc.boolean(),
    weight,
    enteredScore: nullableNumber,
    reason: fc.oneof(fc.constant(""), text),
    ruleText: fc.oneof(fc.constant(""), text),
    prior: nullableNumber,
  })
  .map((fields) => makeRow(fields));

describe("scoreIndicator on arbitrary rows", () => {
  it("never throws, and keeps a computed score within [0, weight]", () => {
    fc.assert(
      fc.property(row, rules, ratios, (r, ruleSet, ratioValues) => {
        const result = scoreIndicator(r, ruleSet, { ratios: ratioValues });
        expect(["met", "missed", "exceeded", "qualitative", "manual", "invalid"]).toContain(result.status);
        for (const f of result.findings) expect(f.severity).toBe(SEVERITY[f.code]);
        if (result.computedScore !== null) {
          expect(r.weight).not.toBeNull();
          expect(result.computedScore).toBeGreaterThanOrEqual(0);
          expect(result.computedScore).toBeLessThanOrEqual(r.weight!);
        }
        // A typed score is the one that counts.
        expect(result.score).toBe(r.enteredScore === null ? result.computedScore : roundScore(r.enteredScore));
      }),
      RUNS,
    );
  });
});

const quantity = (value: number): UsableActual => ({ kind: "quantity", value, unit: "件", text: `${value}件` });
const target = <K extends "positive" | "reverse">(kind: K, value: number): QuantitativeTarget & { kind: K } => ({
  kind,
  operator: kind === "positive" ? ">=" : "<=",
  value,
  unit: "件",
  text: `${value}件`,
  period: null,
  rider: null,
  notes: [],
});
const positiveWeight = fc.double({ min: 0, max: 100, noNaN: true });
/** Two actual values, the smaller first. */
const ordered = fc.tuple(finite, finite).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

describe("monotone scores", () => {
  it("positive scores never fall as the actual value rises", () => {
    fc.assert(
      fc.property(finite, ordered, positiveWeight, rules, (goal, [low, high], w, ruleSet) => {
        const scoreOf = (value: number) =>
          SCORERS.positive({
            target: target("positive", goal),
            actual: quantity(value),
            weight: w,
            rules: ruleSet,
            row: makeRow(),
          }).score!;
        expect(scoreOf(low)).toBeLessThanOrEqual(scoreOf(high));
      }),
      RUNS,
    );
  });

  it.each<[string, RuleSet]>([
    ["ratio", MOF_2020],
    ["linear", LINEAR],
  ])("reverse scores (%s mode) never rise as the actual value rises", (_mode, ruleSet) => {
    fc.assert(
      fc.property(finite, ordered, positiveWeight, (goal, [low, high], w) => {
        const scoreOf = (value: number) =>
          SCORERS.reverse({
            target: target("reverse", goal),
            actual: quantity(value),
            weight: w,
            rules: ruleSet,
            row: makeRow(),
          }).score!;
        expect(scoreOf(low)).toBeGreaterThanOrEqual(scoreOf(high));
      }),
      RUNS,
    );
  });

  it.each<[string, string, 1 | -1]>([
    ["不少于", "positive", 1],
    ["不超过", "reverse", -1],
  ])("through the parsers too: 「%s N件」 scores are %s-monotone", (words, _kind, sign) => {
    const counts = fc
      .tuple(fc.nat(100000), fc.nat(100000))
      .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), counts, rules, (goal, [low, high], ruleSet) => {
        const scoreOf = (value: number) =>
          scoreIndicator(makeRow({ targetText: `${words}${goal}件`, actual: { value: `${value}件` } }), ruleSet, {
            ratios: null,
          }).computedScore!;
        expect(sign * (scoreOf(high) - scoreOf(low))).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});
