import { parseActual } from "../actual/parseActual";
import type { Actual, ActualHint } from "../actual/types";
import type { CellInput } from "../location";
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

/** Fresh readers: what they remember lives as long as they do, one evaluation, never across workbooks. */
export function createReadings(): Readings {
  const targets = new Map<string, ParsedTarget>();
  const actuals = new Map<string, Actual>();
  return {
    target(text, indicatorName) {
      const reverseName = isReverseName(indicatorName);
      const key = `${reverseName ? "↓" : "↑"}${text}`;
      let target = targets.get(key);
      if (target === undefined) targets.set(key, (target = parseTargetFacing(text, reverseName)));
      return target;
    },
    actual(input, hint) {
      // Only text is worth remembering: numbers are read from their format, which is remembered already.
      if (typeof input.value !== "string") return parseActual(input, hint);
      const key = `${hint.percentColumn === true ? "%" : "·"}${hint.targetUnit ?? ""}\u0000${input.value}`;
      let actual = actuals.get(key);
      if (actual === undefined) actuals.set(key, (actual = parseActual(input, hint)));
      return actual;
    },
  };
}
