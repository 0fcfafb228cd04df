import type { RuleSet } from "./types";
import { deepFreeze } from "./deepFreeze";

/**
 * The default rule set (SPEC §3.1, domain-rules §0): 财预〔2020〕10号 as the central departments apply it —
 * reverse targets by ratio, over-achievement flagged at 120 %, grades 优 90 / 良 80 / 中 60, qualitative tiers
 * 80–100 % / 60–80 % / 0–60 % pre-filled at 100 / 70 / 30 %, 执行率 against the adjusted budget, weight 10.
 */
export const MOF_2020: RuleSet = deepFreeze({
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
