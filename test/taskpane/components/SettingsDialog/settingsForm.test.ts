import { MOF_2020 } from "../../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../../src/core/rules/resolveRuleSet";
import type { RuleSet } from "../../../../src/core/rules/types";
import {
  formForPreset,
  formFromRules,
  ruleSetChoices,
  rulesFromForm,
} from "../../../../src/taskpane/components/SettingsDialog/settingsForm";

function resolved(rules: unknown): RuleSet {
  const result = resolveRuleSet(rules);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const form = (rules: unknown) => formFromRules({ rules, ignoredSheets: [] }, resolved(rules));

describe("settings form", () => {
  it("offers mof-2020 first, then every preset", () => {
    const ids = ruleSetChoices().map((choice) => choice.id);
    expect(ids[0]).toBe("mof-2020");
    expect(ids).toContain("execution-initial-budget");
  });

  it("reads the default rules with every grade but the floor editable", () => {
    expect(form("mof-2020")).toEqual({
      preset: "mof-2020",
      overAchievementRatio: 1.2,
      executionRateBase: "adjusted",
      grades: MOF_2020.grades.slice(0, 3),
    });
  });

  it("reads a saved preset with changes, and saves the same rules back when nothing is edited", () => {
    const saved = { presets: ["over-achievement-1.3"], executionRateBase: "initial" };
    const edited = form(saved);
    expect(edited).toMatchObject({
      preset: "over-achievement-1.3",
      overAchievementRatio: 1.3,
      executionRateBase: "initial",
    });
    expect(rulesFromForm(edited, saved)).toEqual({ ok: true, value: saved });
  });

  it("saves a bare preset id when only a preset is picked", () => {
    expect(rulesFromForm(formForPreset("grades-80-70-60", "mof-2020"), "mof-2020")).toEqual({
      ok: true,
      value: "grades-80-70-60",
    });
  });

  it("saves only what differs from the preset, keeping fields the form does not show", () => {
    const saved = { qualitativePrefill: { partly: 0.75 } };
    const edited = {
      ...form(saved),
      overAchievementRatio: 1.5,
      grades: [{ min: 85, label: "优" }, ...MOF_2020.grades.slice(1, 3)],
    };
    const result = rulesFromForm(edited, saved);
    expect(result).toEqual({
      ok: true,
      value: {
        presets: [],
        qualitativePrefill: { partly: 0.75 },
        overAchievementRatio: 1.5,
        grades: [{ min: 85, label: "优" }, ...MOF_2020.grades.slice(1)],
      },
    });
    expect(resolved(result.value).grades[0]).toEqual({ min: 85, label: "优" });
  });

  it("refuses grade cut-offs out of order with resolveRuleSet's message", () => {
    const edited = {
      ...form("mof-2020"),
      grades: [
        { min: 70, label: "优" },
        { min: 80, label: "良" },
        { min: 60, label: "中" },
      ],
    };
    const result = rulesFromForm(edited, "mof-2020");
    expect(result.ok).toBe(false);
    expect(result.error).toContain("从高到低");
  });

  it("shows the preset's own values when a preset is picked", () => {
    expect(formForPreset("execution-initial-budget", null).executionRateBase).toBe("initial");
    expect(formForPreset("over-achievement-1.3", null).overAchievementRatio).toBe(1.3);
  });
});
