import type { QualitativeTierName } from "../findings/types";

/**
 * A 实际完成值 as the engine reads it.
 * - `quantity`: a number with its unit; percentages in percent points (`86%`, 0.86 in a `%` format → 86, unit `%`).
 * - `tier`: one of the three qualitative tiers (达成预期指标 / 部分达成… / 未达成…).
 * - `text`: words with no number and no tier (a qualitative description; a person scores it).
 * - `empty`: nothing entered.
 * - `error`: an error value (#REF!, #DIV/0!, …).
 */
export type Actual =
  | { readonly kind: "quantity"; readonly value: number; readonly unit: string | null; readonly text: string }
  | { readonly kind: "tier"; readonly tier: QualitativeTierName; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "error"; readonly text: string };

/** What the column or the target tells about the unit of a bare number in the actual cell. */
export type ActualHint = {
  /** The column header carries `%` (`实际完成值(%)`), so 86 means 86 %. */
  readonly percentColumn?: boolean;
  /** The target's unit, used to read an unformatted fraction (0.86) when the target is a percentage. */
  readonly targetUnit?: string | null;
};
