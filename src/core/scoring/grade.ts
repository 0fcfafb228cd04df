import type { RuleSet } from "../rules/types";

/**
 * The grade of a total: the first cut-off (highest first) the total reaches; below every cut-off, the lowest
 * grade. 94.92 → 优 and 85 → 良 under `mof-2020`; 85 → 优 under `grades-80-70-60`.
 */
export function gradeOf(total: number, rules: RuleSet): string {
  const band = rules.grades.find((grade) => total >= grade.min) ?? rules.grades[rules.grades.length - 1];
  return band?.label ?? "";
}
