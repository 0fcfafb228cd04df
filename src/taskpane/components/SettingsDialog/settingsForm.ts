import { fail, ok, type Result } from "../../../core/result";
import { MOF_2020 } from "../../../core/rules/mof2020";
import { listPresets } from "../../../core/rules/presets";
import { resolveRuleSet } from "../../../core/rules/resolveRuleSet";
import type { GradeBand, RuleSet } from "../../../core/rules/types";
import type { Settings } from "../../../workbook/settings";

/** What the settings dialog edits; everything else in the workbook's rules is kept as it is. */
export type SettingsForm = {
  /** `mof-2020` or a preset id. */
  readonly preset: string;
  readonly overAchievementRatio: number;
  readonly executionRateBase: RuleSet["executionRateBase"];
  /** Every grade but the lowest, whose cut-off stays the floor. */
  readonly grades: readonly GradeBand[];
};

/** The rule sets the dropdown offers: the default, then the presets. */
export function ruleSetChoices(): readonly { readonly id: string; readonly name: string }[] {
  return [{ id: MOF_2020.id, name: MOF_2020.name }, ...listPresets()];
}

type Fields = { readonly [key: string]: unknown };

const isFields = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The fields the form owns; `presets` is replaced by the dropdown's choice. */
const FORM_KEYS = new Set(["presets", "overAchievementRatio", "executionRateBase", "grades"]);

/** The saved rules' fields the form does not show (a custom reverse mode, pre-fill fractions, …). */
function keptFields(saved: unknown): Fields {
  return isFields(saved) ? Object.fromEntries(Object.entries(saved).filter(([key]) => !FORM_KEYS.has(key))) : {};
}

function presetOf(rules: unknown): string {
  const known = new Set(ruleSetChoices().map((choice) => choice.id));
  const ids =
    typeof rules === "string" ? [rules] : isFields(rules) && Array.isArray(rules.presets) ? rules.presets : [];
  const first: unknown = ids.find((id: unknown) => typeof id === "string" && known.has(id));
  return typeof first === "string" ? first : MOF_2020.id;
}

const formOf = (preset: string, ruleSet: RuleSet): SettingsForm => ({
  preset,
  overAchievementRatio: ruleSet.overAchievementRatio,
  executionRateBase: ruleSet.executionRateBase,
  grades: ruleSet.grades.slice(0, -1),
});

/** The form for a workbook's settings and the rule set they resolved to. */
export function formFromRules(settings: Settings, ruleSet: RuleSet): SettingsForm {
  return formOf(presetOf(settings.rules), ruleSet);
}

/** The form after picking a preset: its values, over the saved fields the form does not show. */
export function formForPreset(preset: string, saved: unknown): SettingsForm {
  const resolved = resolveRuleSet({ presets: [preset], ...keptFields(saved) });
  return formOf(preset, resolved.ok ? resolved.value : MOF_2020);
}

/**
 * The `rules` to save: the preset id alone when the form only picks a preset, else `{ presets, …changes }` with only
 * the fields that differ from the preset, so that the state sheet says what was chosen on purpose. Checked by
 * `resolveRuleSet`; its Chinese message is the error (grade cut-offs out of order, …).
 */
export function rulesFromForm(form: SettingsForm, saved: unknown): Result<unknown, string> {
  const kept = keptFields(saved);
  const presets = form.preset === MOF_2020.id ? [] : [form.preset];
  const base = resolveRuleSet({ presets, ...kept });
  if (!base.ok) return fail(base.error);
  const floor = base.value.grades.slice(form.grades.length);
  const grades = [...form.grades, ...floor];
  const changes: Fields = {
    ...kept,
    ...(form.overAchievementRatio !== base.value.overAchievementRatio && {
      overAchievementRatio: form.overAchievementRatio,
    }),
    ...(form.executionRateBase !== base.value.executionRateBase && { executionRateBase: form.executionRateBase }),
    ...(JSON.stringify(grades) !== JSON.stringify(base.value.grades) && { grades }),
  };
  const rules = Object.keys(changes).length === 0 ? form.preset : { presets, ...changes };
  const resolved = resolveRuleSet(rules);
  return resolved.ok ? ok(rules) : fail(resolved.error);
}
