import { parseActual } from "../actual/parseActual";
import type { Actual, ActualHint } from "../actual/types";
import type { CellInput } from "../location";
import { remembered } from "../memo";
import { isReverseName, parseTargetFacing } from "../target/parseTarget";
import type { ParsedTarget } from "../target/types";

/**
 * The readers of a row's 年度指标值 and 实际完成值 for one evaluation. A collection repeats the same texts table after
 * table (≥95%, 100%, 达成年度指标, 零登记): each distinct text is read once and its reading shared, which halves the
 * engine's time and what the result keeps in memory. Readings are plain immutable data, so sharing them is safe.
 */
export type Readings = {
  readonly target: (text: string, indicatorName: string) => ParsedTarget;
  readonly actual: (input: CellInput, hint: ActualHint) => Actual;
};

/**
 * Fresh readers: what they remember lives as long as they do, one evaluation, never across workbooks. They look the
 * cell's own text up, whose hash V8 keeps with it, instead of a key joined for each row (a new string to hash).
 */
export function createReadings(): Readings {
  const targets = { forward: new Map<string, ParsedTarget>(), reverse: new Map<string, ParsedTarget>() };
  const actuals = {
    percent: new Map<string | null, Map<string, Actual>>(),
    plain: new Map<string | null, Map<string, Actual>>(),
  };
  return {
    target(text, indicatorName) {
      const reverseName = isReverseName(indicatorName);
      const memo = reverseName ? targets.reverse : targets.forward;
      return remembered(memo, text, () => parseTargetFacing(text, reverseName));
    },
    actual(input, hint) {
      // Only text is worth remembering: numbers are read from their format, which is remembered already.
      const { value } = input;
      if (typeof value !== "string") return parseActual(input, hint);
      const byUnit = hint.percentColumn === true ? actuals.percent : actuals.plain;
      const memo = remembered(byUnit, hint.targetUnit ?? null, () => new Map<string, Actual>());
      return remembered(memo, value, () => parseActual(input, hint));
    },
  };
}
