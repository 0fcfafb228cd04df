import type { RuleSet } from "../rules/types";

/**
 * Share of the weight earned by a value that should reach `goal` (财预〔2020〕10号: 完成指标值的记全部分值，未完成的
 * 按照完成值与指标值的比例记分). A goal of 0 or below has no ratio: reaching it is all, missing it nothing.
 */
export function reachShare(value: number, goal: number): number {
  if (value >= goal) return 1;
  return goal > 0 ? Math.max(value, 0) / goal : 0;
}

/**
 * Share of the weight earned by a value that should stay at or under `goal` (domain-rules §3.5): `ratio` = goal ÷
 * value; `linear` = 1 − (value − goal) ÷ goal, nothing from twice the goal. Above a goal of 0 or below, nothing.
 */
export function stayUnderShare(value: number, goal: number, mode: RuleSet["reverseMode"]): number {
  if (value <= goal) return 1;
  if (goal <= 0) return 0;
  return mode === "ratio" ? goal / value : Math.max(0, 2 - value / goal);
}

/** actual ÷ target, or null when the target is 0 (a ratio to nothing says nothing). */
export function achievementOf(value: number, goal: number): number | null {
  return goal === 0 ? null : value / goal;
}
