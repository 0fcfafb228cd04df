import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { listPresets, PRESETS } from "../../../src/core/rules/presets";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";

describe("MOF_2020", () => {
  it("holds the defaults of SPEC §3.1", () => {
    expect(MOF_2020).toEqual({
      id: "mof-2020",
      name: "财政部2020版（财预〔2020〕10号）",
      reverseMode: "ratio",
      overAchievementRatio: 1.2,
      grades: [
        { min: 90, label: "优" },
        { min: 80, label: "良" },
        { min: 60, label: "中" },
        { min: 0, label: "差" },
      ],
      qualitativeBands: { met: [0.8, 1], partly: [0.6, 0.8], missed: [0, 0.6] },
      qualitativePrefill: { met: 1, partly: 0.7, missed: 0.3 },
      executionRateBase: "adjusted",
      fundWeight: 10,
      scoreDecimals: 2,
      maxTotal: 100,
    });
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(MOF_2020)).toBe(true);
    expect(Object.isFrozen(MOF_2020.grades[0])).toBe(true);
    expect(Object.isFrozen(MOF_2020.qualitativeBands.met)).toBe(true);
  });

  it("passes its own validation", () => {
    expect(resolveRuleSet({ ...MOF_2020 })).toEqual({ ok: true, value: MOF_2020 });
  });
});

describe("PRESETS", () => {
  it.each<[string, Record<string, unknown>]>([
    ["linear-reverse", { reverseMode: "linear" }],
    ["over-achievement-1.3", { overAchievementRatio: 1.3 }],
    [
      "grades-80-70-60",
      {
        grades: [
          { min: 80, label: "优" },
          { min: 70, label: "良" },
          { min: 60, label: "中" },
          { min: 0, label: "差" },
        ],
      },
    ],
    ["execution-initial-budget", { executionRateBase: "initial" }],
  ])("%s changes only %p over mof-2020", (id, change) => {
    const { name, ...fields } = PRESETS[id];
    expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect(fields).toEqual(change);
  });

  it("are listed for the UI with their Chinese names, in a stable order", () => {
    expect(listPresets()).toEqual([
      { id: "linear-reverse", name: PRESETS["linear-reverse"].name },
      { id: "over-achievement-1.3", name: PRESETS["over-achievement-1.3"].name },
      { id: "grades-80-70-60", name: PRESETS["grades-80-70-60"].name },
      { id: "execution-initial-budget", name: PRESETS["execution-initial-budget"].name },
    ]);
  });

  it.each(Object.keys(PRESETS))("%s resolves to a valid rule set", (id) => {
    expect(resolveRuleSet(id).ok).toBe(true);
  });
});
