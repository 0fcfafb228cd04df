import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { parseActual, parseRuleText, applyRuleText, parseTarget, type ScoringRule } from "../../src/core";
import { hugeText, LABELS, mutated, VALUES } from "./arbitraries";
import { fuzzRuns, withinBudget } from "./fuzzConfig";

/**
 * The three text parsers on hostile text: mutated real phrasings, Excel-sized cells, and long runs of the very
 * characters their patterns are made of — the inputs on which a regular expression backtracks for minutes. Each case
 * must come back within the per-case budget with a well-formed answer.
 */

/** Pieces of the grammars, repeated thousands of times: digits, separators, operators, rule words. */
const FRAGMENTS = ["1", "1.", "1,", "9-", "%", "≥", "≥1", "不少于", "每超过", "扣0.5分", "(含)", "计5分;", "零", "，1"];

const repeated: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...FRAGMENTS),
    fc.integer({ min: 100, max: 32_767 }),
    fc.constantFrom("", ...VALUES.slice(0, 8)),
  )
  .map(([fragment, length, around]) => `${around}${fragment.repeat(Math.ceil(length / fragment.length))}${around}`);

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: mutated([...VALUES, ...LABELS]) },
  { weight: 2, arbitrary: repeated },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

const finite = (value: number | null): boolean => value === null || Number.isFinite(value);

/** Every number in a recognised rule is finite, and its steps are positive: nothing that divides by zero later. */
function ruleIsWellFormed(rule: ScoringRule): boolean {
  switch (rule.kind) {
    case "unrecognised":
      return true;
    case "deduction":
      return [rule.threshold, rule.fullMarks, rule.perStep, rule.step].every(Number.isFinite) && rule.step > 0;
    case "per-occurrence":
      return finite(rule.fullMarks) && Number.isFinite(rule.perOccurrence);
    case "bands":
      return (
        Number.isFinite(rule.fullMarks) && rule.bands.every((b) => finite(b.min) && finite(b.max) && finite(b.points))
      );
  }
}

describe("parseTarget on hostile text", () => {
  it("answers within budget with a declared kind and finite numbers", () => {
    fc.assert(
      fc.property(hostileText, fc.option(mutated(LABELS), { nil: undefined }), (text, name) => {
        const parsed = withinBudget("parseTarget", () => parseTarget(text, name));
        expect(parsed.text).toBe(text);
        if ("value" in parsed) expect(Number.isFinite(parsed.value)).toBe(true);
        if (parsed.kind === "unparseable") expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      fuzzRuns(600),
    );
  });
});

describe("parseActual on hostile cells", () => {
  it("answers within budget with a declared kind and a finite quantity", () => {
    const value = fc.oneof(hostileText, fc.double(), fc.boolean(), fc.constant(null));
    const format = fc.constantFrom("General", "0%", "0.00%", "yyyy/m/d", '0"件"', "@", "[Red]0.0", "0.00%;-0.00%;");
    fc.assert(
      fc.property(value, format, fc.boolean(), (cell, numberFormat, percentColumn) => {
        const actual = withinBudget("parseActual", () =>
          parseActual({ value: cell, numberFormat }, { percentColumn, targetUnit: "%" }),
        );
        expect(["quantity", "tier", "text", "empty", "error"]).toContain(actual.kind);
        if (actual.kind === "quantity") expect(Number.isFinite(actual.value)).toBe(true);
      }),
      fuzzRuns(600),
    );
  });
});

describe("parseRuleText and applyRuleText on hostile 评分标准", () => {
  it("parse within budget into a well-formed rule, and score within [0, the weight] in hundredths", () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 100, 95.5, -0));
    const weight = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(hostileText, value, weight, (text, actual, points) => {
        const rule = withinBudget("parseRuleText", () => parseRuleText(text));
        expect(ruleIsWellFormed(rule)).toBe(true);
        const score = applyRuleText(rule, actual, points);
        if (score === null) return;
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(points + 0.005);
        expect(Math.abs(score * 100 - Math.round(score * 100))).toBeLessThan(1e-6);
      }),
      fuzzRuns(600),
    );
  });
});
