import type { RuleSet } from "./types";
import { deepFreeze } from "./deepFreeze";

/** A preset: a few fields laid over `mof-2020`, with the name the rule-set picker shows. */
export type Preset = Partial<RuleSet> & { readonly name: string };

/** The variants seen in the field (domain-rules §4), by id. Each overrides only what differs from `mof-2020`. */
export const PRESETS: Readonly<Record<string, Preset>> = deepFreeze({
  "linear-reverse": {
    name: "反向指标线性扣分（超出指标值1倍得0分）",
    reverseMode: "linear",
  },
  "over-achievement-1.3": {
    name: "超额完成130%须说明（广西）",
    overAchievementRatio: 1.3,
  },
  "grades-80-70-60": {
    name: "等级 优80 / 良70 / 中60",
    grades: [
      { min: 80, label: "优" },
      { min: 70, label: "良" },
      { min: 60, label: "中" },
      { min: 0, label: "差" },
    ],
  },
  "execution-initial-budget": {
    name: "预算执行率以年初预算数为分母",
    executionRateBase: "initial",
  },
});

/** The presets as the UI lists them, in a stable order. */
export function listPresets(): readonly { readonly id: string; readonly name: string }[] {
  return Object.entries(PRESETS).map(([id, preset]) => ({ id, name: preset.name }));
}
