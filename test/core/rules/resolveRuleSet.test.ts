import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../src/core/rules/types";

const resolved = (input: unknown): RuleSet => {
  const result = resolveRuleSet(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("resolveRuleSet: what it accepts", () => {
  it.each<[string, unknown, Partial<RuleSet>]>([
    ["nothing → mof-2020", undefined, MOF_2020],
    ["null → mof-2020", null, MOF_2020],
    ["the default's id", "mof-2020", { id: "mof-2020", reverseMode: "ratio" }],
    [
      "a preset id",
      "linear-reverse",
      { id: "mof-2020+linear-reverse", reverseMode: "linear", overAchievementRatio: 1.2 },
    ],
    ["Guangxi preset", "over-achievement-1.3", { overAchievementRatio: 1.3 }],
    ["initial-budget preset", "execution-initial-budget", { executionRateBase: "initial", fundWeight: 10 }],
    [
      "two presets in order",
      { presets: ["linear-reverse", "grades-80-70-60"] },
      {
        id: "mof-2020+linear-reverse+grades-80-70-60",
        reverseMode: "linear",
        grades: resolved("grades-80-70-60").grades,
      },
    ],
    ["a field override", { overAchievementRatio: 1.5 }, { id: "mof-2020+custom", overAchievementRatio: 1.5 }],
    [
      "an override after a preset wins",
      { presets: ["over-achievement-1.3"], overAchievementRatio: 1.25 },
      { overAchievementRatio: 1.25 },
    ],
    [
      "one tier of a nested object",
      { qualitativePrefill: { partly: 0.75 } },
      { qualitativePrefill: { met: 1, partly: 0.75, missed: 0.3 } },
    ],
    [
      "its own id and name",
      { id: "hunan-2023", name: "湖南2023", scoreDecimals: 1 },
      { id: "hunan-2023", name: "湖南2023", scoreDecimals: 1 },
    ],
    ["decimals 0", { scoreDecimals: 0 }, { scoreDecimals: 0 }],
    ["decimals 4", { scoreDecimals: 4 }, { scoreDecimals: 4 }],
    ["ratio exactly 1", { overAchievementRatio: 1 }, { overAchievementRatio: 1 }],
  ])("%s", (_title, input, expected) => {
    expect(resolved(input)).toMatchObject(expected);
  });

  it("names combined rule sets after their presets", () => {
    expect(resolved("linear-reverse").name).toContain("反向指标线性扣分");
    expect(resolved("linear-reverse").name).toContain(MOF_2020.name);
  });

  it("returns a frozen copy that does not share the caller's objects", () => {
    const grades = [
      { min: 85, label: "优" },
      { min: 0, label: "其他" },
    ];
    const input = { grades };
    const rules = resolved(input);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.grades)).toBe(true);
    expect(Object.isFrozen(rules.grades[0])).toBe(true);
    expect(Object.isFrozen(grades)).toBe(false);
    grades[0].min = 10;
    expect(rules.grades[0].min).toBe(85);
  });
});

describe("resolveRuleSet: what it refuses, naming the field", () => {
  it.each<[string, unknown, RegExp]>([
    ["an unknown preset", "guangdong-2099", /guangdong-2099/],
    ["an unknown preset in a list", { presets: ["linear-reverse", "nope"] }, /presets.*nope/],
    ["presets not a list", { presets: "linear-reverse" }, /presets/],
    ["a number", 42, /评分规则/],
    ["a list", ["linear-reverse"], /评分规则/],
    ["an unknown field", { reversMode: "linear" }, /reversMode/],
    ["reverseMode", { reverseMode: "quadratic" }, /reverseMode/],
    ["ratio below 1", { overAchievementRatio: 0.9 }, /overAchievementRatio/],
    ["ratio not a number", { overAchievementRatio: "1.2" }, /overAchievementRatio/],
    ["ratio NaN", { overAchievementRatio: NaN }, /overAchievementRatio/],
    ["grades empty", { grades: [] }, /grades/],
    [
      "grades ascending",
      {
        grades: [
          { min: 60, label: "中" },
          { min: 90, label: "优" },
        ],
      },
      /grades.*从高到低/,
    ],
    [
      "grades equal cut-offs",
      {
        grades: [
          { min: 90, label: "优" },
          { min: 90, label: "良" },
        ],
      },
      /grades/,
    ],
    ["grade without label", { grades: [{ min: 90 }] }, /grades/],
    ["band above 1", { qualitativeBands: { met: [0.8, 1.2] } }, /qualitativeBands/],
    ["band reversed", { qualitativeBands: { partly: [0.8, 0.6] } }, /qualitativeBands/],
    ["bands overlapping", { qualitativeBands: { partly: [0.5, 0.85] } }, /qualitativeBands.*partly/],
    ["band not a pair", { qualitativeBands: { missed: [0] } }, /qualitativeBands/],
    ["prefill outside its band", { qualitativePrefill: { partly: 0.9 } }, /qualitativePrefill.*partly/],
    ["prefill at the open top of its band", { qualitativePrefill: { missed: 0.6 } }, /qualitativePrefill.*missed/],
    ["executionRateBase", { executionRateBase: "final" }, /executionRateBase/],
    ["fundWeight negative", { fundWeight: -1 }, /fundWeight/],
    ["decimals 5", { scoreDecimals: 5 }, /scoreDecimals/],
    ["decimals fractional", { scoreDecimals: 1.5 }, /scoreDecimals/],
    ["maxTotal 0", { maxTotal: 0 }, /maxTotal/],
    ["empty name", { name: " " }, /name/],
  ])("%s", (_title, input, message) => {
    const result = resolveRuleSet(input);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(message);
    expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  });
});
