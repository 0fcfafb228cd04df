import type { DeclaredWeight, ScoreTable } from "../model";
import type { IndicatorResult } from "../results";
import { sumScores } from "./round";
import { usableWeight } from "./weights";

/** The rows of one 一级指标 and the weight its label declares, if any. */
export type Level = {
  readonly name: string;
  readonly declared: DeclaredWeight | null;
  readonly rows: readonly IndicatorResult[];
};

/** Bonus levels (`加分`, `加分项`) sit on top of the 100 unless the framework declares them inside it. */
export const isBonusLevel = (name: string): boolean => name.includes("加分");

/**
 * The 一级指标 of a table in order of appearance, each with its rows and declared weight; a level declared but left
 * without rows comes last, so its weight still counts.
 */
export function levelsOf(table: ScoreTable, indicators: readonly IndicatorResult[]): Level[] {
  const declared = table.declaredWeights.filter((weight) => weight.level === 1);
  const names = [...new Set([...indicators.map((result) => result.row.level1), ...declared.map((d) => d.name)])];
  return names.map((name) => ({
    name,
    declared: declared.find((d) => d.name === name) ?? null,
    rows: indicators.filter((result) => result.row.level1 === name),
  }));
}

/** The sum of the rows' weights; null when a row has no usable weight (WEIGHT_MISSING says so already). */
export function rowWeightSum(rows: readonly IndicatorResult[]): number | null {
  const weights = rows.map((result) => usableWeight(result.row.weight));
  return weights.every((weight): weight is number => weight !== null) ? sumScores(weights) : null;
}

/** A level's weight: what it declares, else what its rows add up to. */
export function levelWeight(level: Level): number | null {
  return level.declared?.weight ?? rowWeightSum(level.rows);
}
