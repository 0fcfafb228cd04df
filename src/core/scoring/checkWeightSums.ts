import { finding, type Finding } from "../findings/types";
import type { DeclaredWeight, ScoreTable } from "../model";
import type { FundResult, IndicatorResult } from "../results";
import type { RuleSet } from "../rules/types";
import { isBonusLevel, levelWeight, rowWeightSum, type Level } from "./levels";
import { roundScore, sumScores } from "./round";

/** The scope named when the table's weights as a whole do not reach the maximum. */
const TABLE_SCOPE = "全表";

/**
 * WEIGHT_SUM_MISMATCH where the weights do not add up: the rows under a level that declares its weight
 * (`产出指标(50分)`, a framework's 分值 column; 一级 and 二级), and the whole table (its levels plus the fund block's
 * 分值) against the rule set's maximum. Sums with an unknown weight in them are not checked: WEIGHT_MISSING already
 * points at the gap.
 */
export function checkWeightSums(
  table: ScoreTable,
  levels: readonly Level[],
  fund: FundResult | null,
  rules: RuleSet,
): Finding[] {
  const indicators = levels.flatMap((level) => level.rows);
  const sumOf = rowSumsByLevel(indicators);
  const declared = table.declaredWeights.flatMap((weight) => declaredMismatch(weight, sumOf(weight)) ?? []);
  const total = indicators.length === 0 ? null : tableMismatch(table, levels, fund, rules);
  return total === null ? declared : [...declared, total];
}

/**
 * The weight sum of the rows under a declared level; null when the level has no rows, when the same 二级 name stands
 * under two 一级 (they cannot be told apart), or when a row has no usable weight. Rows are grouped by name once and
 * each name summed once: a long table declares its levels hundreds of times.
 */
function rowSumsByLevel(indicators: readonly IndicatorResult[]): (declared: DeclaredWeight) => number | null {
  const groups = new Map<string, IndicatorResult[]>();
  for (const result of indicators) {
    for (const key of [levelKey(1, result.row.level1), levelKey(2, result.row.level2)]) {
      const rows = groups.get(key);
      if (rows === undefined) groups.set(key, [result]);
      else rows.push(result);
    }
  }
  const sums = new Map<string, number | null>();
  return (declared) => {
    const key = levelKey(declared.level, declared.name);
    if (!sums.has(key)) {
      const rows = groups.get(key) ?? [];
      const ambiguous = rows.length === 0 || new Set(rows.map((result) => result.row.level1)).size > 1;
      sums.set(key, ambiguous ? null : rowWeightSum(rows));
    }
    return sums.get(key) ?? null;
  };
}

const levelKey = (level: DeclaredWeight["level"], name: string): string => `${level}\u0000${name}`;

function declaredMismatch(declared: DeclaredWeight, sum: number | null): Finding | null {
  if (sum === null || sum === roundScore(declared.weight)) return null;
  return finding("WEIGHT_SUM_MISMATCH", declared.at, { scope: declared.name, declared: declared.weight, sum });
}

/** A 加分 level counts within the maximum only when the table declares it there (seed 001: 45 + 50 + 5). */
function tableMismatch(table: ScoreTable, levels: readonly Level[], fund: FundResult | null, rules: RuleSet) {
  const counted = levels.filter((level) => table.hasBonus || !isBonusLevel(level.name)).map(levelWeight);
  const parts = fund ? [...counted, fund.weight] : counted;
  if (!parts.every((weight): weight is number => weight !== null)) return null;
  const sum = sumScores(parts);
  if (sum === roundScore(rules.maxTotal)) return null;
  const at = table.at.total ?? table.at.header;
  return finding("WEIGHT_SUM_MISMATCH", at, { scope: TABLE_SCOPE, declared: rules.maxTotal, sum });
}
