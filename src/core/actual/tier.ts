import type { QualitativeTierName } from "../findings/types";

// Checked in this order: 未完成 and 基本完成 both contain 完成.
const TIERS: readonly (readonly [QualitativeTierName, RegExp])[] = [
  ["missed", /^(?:未|没有|尚未|均未)(?:达成|完成|达到|达标)/],
  ["partly", /^(?:部分|基本)(?:达成|完成|达到|达标)/],
  ["met", /^(?:已经|已|全部|均已|圆满|全面)?(?:达成|完成|达到|达标)/],
];

/**
 * The qualitative tier a 实际完成值 names (财预〔2020〕10号: 达成年度指标 / 部分达成年度指标并具有一定效果 /
 * 未达成年度指标且效果较差), read from how the text begins, so `达成预期指标` and `已完成` count as met and
 * `基本完成` as partly. Null when the text names none.
 */
export function readTier(normalised: string): QualitativeTierName | null {
  const text = normalised.replace(/\s/g, "");
  return TIERS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
