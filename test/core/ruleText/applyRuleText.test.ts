import { applyRuleText } from "../../../src/core/ruleText/applyRuleText";
import { parseRuleText } from "../../../src/core/ruleText/parseRuleText";

const HUNAN_STAFF = "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止";
const HUNAN_CHANGE = "≦0,计5分; >0,每超过一个百分点扣0.5分,扣完为止";
const HUNAN_THREE_PUBLIC = "以100%为标准。三公经费控制率≦100%,计6分;每超过一个百分点扣1分,扣完为止";
const MIRROR = "≥95%，计5分；每低于一个百分点扣0.5分";
const HUNAN_KEY_SPENDING = "≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分";
const HUNAN_ADJUSTMENT = "=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分";
const HUNAN_COMPLIANCE = "每出现一例不符合要求的扣1分,扣完为止";
const HUNAN_PAYMENT =
  "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分";

describe("applyRuleText", () => {
  it.each<[string, string, number, number, number]>([
    // [title, text, value, weight, expected]
    ["在职 83.33% (seed 000): within the standard → 5", HUNAN_STAFF, 83.33, 5, 5],
    ["在职 100% exactly → 5", HUNAN_STAFF, 100, 5, 5],
    ["在职 103.4% → 5 − 3.4 × 0.5 = 3.30", HUNAN_STAFF, 103.4, 5, 3.3],
    ["在职 110% → 5 − 10 × 0.5 = 0", HUNAN_STAFF, 110, 5, 0],
    ["在职 125% → 5 − 12.5 < 0, 扣完为止 → 0", HUNAN_STAFF, 125, 5, 0],
    ["在职 on a row weighted 1 → capped at 1", HUNAN_STAFF, 100, 1, 1],
    ["在职 101% on weight 3: 5 − 0.5 = 4.5, capped at 3", HUNAN_STAFF, 101, 3, 3],
    ["三公变动率 −5% → 5", HUNAN_CHANGE, -5, 5, 5],
    ["三公变动率 0 → 5", HUNAN_CHANGE, 0, 5, 5],
    ["三公变动率 3.2% → 5 − 3.2 × 0.5 = 3.40", HUNAN_CHANGE, 3.2, 5, 3.4],
    ["三公控制率 102.5% → 6 − 2.5 × 1 = 3.50", HUNAN_THREE_PUBLIC, 102.5, 6, 3.5],
    ["三公控制率 106% → 0", HUNAN_THREE_PUBLIC, 106, 6, 0],
    ["mirror 96% → 5", MIRROR, 96, 5, 5],
    ["mirror 92.5% → 5 − 2.5 × 0.5 = 3.75", MIRROR, 92.5, 5, 3.75],
    ["重点支出 95% → 5", HUNAN_KEY_SPENDING, 95, 5, 5],
    ["重点支出 90% (≥) → 5", HUNAN_KEY_SPENDING, 90, 5, 5],
    ["重点支出 85% → 4", HUNAN_KEY_SPENDING, 85, 5, 4],
    ["重点支出 80% (含) → 4", HUNAN_KEY_SPENDING, 80, 5, 4],
    ["重点支出 79.99% → 3", HUNAN_KEY_SPENDING, 79.99, 5, 3],
    ["重点支出 60% (含) → 2", HUNAN_KEY_SPENDING, 60, 5, 2],
    ["重点支出 59.9% → 0", HUNAN_KEY_SPENDING, 59.9, 5, 0],
    ["调整率 0 → 3", HUNAN_ADJUSTMENT, 0, 3, 3],
    ["调整率 10% (含) → 2", HUNAN_ADJUSTMENT, 10, 3, 2],
    ["调整率 10.01% → 1", HUNAN_ADJUSTMENT, 10.01, 3, 1],
    ["调整率 30% (含) → 0.5", HUNAN_ADJUSTMENT, 30, 3, 0.5],
    ["调整率 35% → 0", HUNAN_ADJUSTMENT, 35, 3, 0],
    ["调整率 −3.25% (seed 002, a cut) → |−3.25| in (0, 10] → 2", HUNAN_ADJUSTMENT, -3.25, 3, 2],
    ["调整率 −13.59% (seed 004, a cut) → |−13.59| in (10, 20] → 1", HUNAN_ADJUSTMENT, -13.59, 3, 1],
    ["合规性 0 occurrences → the weight, 3", HUNAN_COMPLIANCE, 0, 3, 3],
    ["合规性 2 occurrences at 1 each on weight 3 → 1", HUNAN_COMPLIANCE, 2, 3, 1],
    ["合规性 5 occurrences on weight 3 → 0 (扣完为止)", HUNAN_COMPLIANCE, 5, 3, 0],
    ["支付进度 3 occurrences at 0.5 on weight 3 → 1.50", HUNAN_PAYMENT, 3, 3, 1.5],
    ["per occurrence with full marks 3 on weight 2: 3 − 1 = 2 → 2", "满分3分，每发现1次违规扣1分", 1, 2, 2],
  ])("%s", (_title, text, value, weight, expected) => {
    expect(applyRuleText(parseRuleText(text), value, weight)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ["an unrecognised rule", "无结余,3分;有结余,但不超过上年结转,2分", 0],
    ["a value that is not a number", HUNAN_STAFF, Number.NaN],
    ["a negative count", HUNAN_COMPLIANCE, -1],
    ["a value no band holds", "≥90%,计5分;80%(含)-90%,计4分", 50],
  ])("gives null (scored by hand) for %s", (_title, text, value) => {
    expect(applyRuleText(parseRuleText(text), value, 5)).toBeNull();
  });
});
