import type { TableResult } from "../results";
import { sumScores } from "../scoring/round";
import type { ScoreTableData, ScoreTableRow } from "./types";

const row = (name: string, weight: number, score: number): ScoreTableRow => ({
  name,
  weight,
  score,
  rate: weight === 0 ? null : score / weight,
});

/**
 * The score table of a scored table: one row per 一级指标 (and 预算执行率 for a fund block), then 合计 — the table's
 * total, or while rows wait for a hand score, the sum of the scores known so far.
 */
export function scoreTableData(
  table: TableResult,
  words: Pick<ScoreTableData, "title" | "header"> & { readonly total: string },
): ScoreTableData {
  const rows = table.levels.map((level) => row(level.name, level.weight, level.score));
  const weight = sumScores(rows.map((line) => line.weight));
  const score = table.total ?? sumScores(rows.map((line) => line.score));
  return { title: words.title, header: words.header, rows, total: row(words.total, weight, score) };
}
