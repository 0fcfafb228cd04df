import type { Actual } from "../actual/types";
import { finding, type Finding } from "../findings/types";
import type { IndicatorRow } from "../model";
import { ratioKeyForName } from "../ratios/ratioNames";
import type { Ratios } from "../results";
import { roundScore } from "./round";
import { rowCell } from "./rowCell";

/** The actual value a row is scored with, and what the budget table added to it. */
export type Measured = {
  readonly actual: Actual;
  /** Percent points written into an empty 实际完成值 of a ratio row; null when nothing was filled. */
  readonly filledActual: number | null;
  readonly findings: readonly Finding[];
};

/** Half a hundredth of a percentage point: what separates two values written to 2 decimals (99.59 % vs 99.586 %). */
const RATIO_TOLERANCE = 0.005 + 1e-9;

/**
 * A ratio row (SPEC §3.4: 预算执行率, 三公经费控制率 …) takes its 实际完成值 from the budget table when the cell is
 * empty, rounded to 2 decimals of a percentage point as it will be written, so that scoring the written value again
 * gives the same score. An entered value that disagrees gives RATIO_MISMATCH and is kept: a person's value counts.
 */
export function measure(row: IndicatorRow, actual: Actual, ratios: Ratios | null): Measured {
  const key = ratioKeyForName(row.name);
  const fraction = key === null ? undefined : ratios?.[key];
  if (fraction === undefined || !Number.isFinite(fraction)) return { actual, filledActual: null, findings: [] };
  if (actual.kind === "empty") {
    const points = roundScore(fraction * 100, 2);
    return {
      actual: { kind: "quantity", value: points, unit: "%", text: `${points}%` },
      filledActual: points,
      findings: [],
    };
  }
  const inPercent = actual.kind === "quantity" && (actual.unit === null || actual.unit === "%");
  if (!inPercent || Math.abs(actual.value - fraction * 100) <= RATIO_TOLERANCE) {
    return { actual, filledActual: null, findings: [] };
  }
  const mismatch = finding("RATIO_MISMATCH", rowCell(row, "actual"), {
    name: row.name,
    entered: actual.value / 100,
    computed: fraction,
  });
  return { actual, filledActual: null, findings: [mismatch] };
}
