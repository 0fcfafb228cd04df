import { gradeOf } from "../../../src/core/scoring/grade";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../src/core/rules/types";

const resolved = (input: unknown): RuleSet => {
  const result = resolveRuleSet(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const LOW_CUTS = resolved("grades-80-70-60");

describe("gradeOf", () => {
  it.each<[string, number, RuleSet, string]>([
    ["seed 004: 94.92 → 优", 94.92, MOF_2020, "优"],
    ["seed 001: 95.9 → 优", 95.9, MOF_2020, "优"],
    ["90 is 优 (含)", 90, MOF_2020, "优"],
    ["89.99 → 良", 89.99, MOF_2020, "良"],
    ["85 → 良 by default", 85, MOF_2020, "良"],
    ["85 → 优 under 80/70/60", 85, LOW_CUTS, "优"],
    ["75 → 中 by default", 75, MOF_2020, "中"],
    ["75 → 良 under 80/70/60", 75, LOW_CUTS, "良"],
    ["65 → 中 under 80/70/60", 65, LOW_CUTS, "中"],
    ["59.99 → 差", 59.99, MOF_2020, "差"],
    ["0 → 差", 0, MOF_2020, "差"],
    ["below every cut-off still gets the lowest grade", -5, MOF_2020, "差"],
    ["100 → 优", 100, MOF_2020, "优"],
  ])("%s", (_title, total, rules, expected) => {
    expect(gradeOf(total, rules)).toBe(expected);
  });
});
