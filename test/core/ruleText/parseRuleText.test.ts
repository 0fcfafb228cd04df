import { parseRuleText } from "../../../src/core/ruleText/parseRuleText";
import type { ScoringRule } from "../../../src/core/ruleText/types";

/** Texts of domain-rules §3.10 B (岳阳 table) and their variants in other punctuation. */
const HUNAN_STAFF = "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止";
const HUNAN_CHANGE = "≦0,计5分; >0,每超过一个百分点扣0.5分,扣完为止";
const HUNAN_THREE_PUBLIC = "以100%为标准。三公经费控制率≦100%,计6分;每超过一个百分点扣1分,扣完为止";
const HUNAN_KEY_SPENDING = "≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分";
const HUNAN_ADJUSTMENT = "=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分";
const HUNAN_COMPLIANCE = "每出现一例不符合要求的扣1分,扣完为止";
const HUNAN_PAYMENT =
  "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分";

const band = (
  min: number | null,
  minInclusive: boolean,
  max: number | null,
  maxInclusive: boolean,
  points: number,
) => ({
  min,
  minInclusive,
  max,
  maxInclusive,
  points,
});

const KEY_SPENDING_RULE: ScoringRule = {
  kind: "bands",
  fullMarks: 5,
  bands: [
    band(90, true, null, false, 5),
    band(80, true, 90, false, 4),
    band(70, true, 80, false, 3),
    band(60, true, 70, false, 2),
    band(null, false, 60, false, 0),
  ],
};

const ADJUSTMENT_RULE: ScoringRule = {
  kind: "bands",
  fullMarks: 3,
  bands: [
    band(0, true, 0, true, 3),
    band(0, false, 10, true, 2),
    band(10, false, 20, true, 1),
    band(20, false, 30, true, 0.5),
    band(30, false, null, false, 0),
  ],
};

describe("parseRuleText", () => {
  it.each<{ title: string; text: string; expected: ScoringRule }>([
    {
      title: "在职人员控制率: ≦100% full, −0.5 per point above",
      text: HUNAN_STAFF,
      expected: { kind: "deduction", threshold: 100, lossSide: "above", fullMarks: 5, perStep: 0.5, step: 1 },
    },
    {
      title: "三公经费变动率: ≦0 full, −0.5 per point above",
      text: HUNAN_CHANGE,
      expected: { kind: "deduction", threshold: 0, lossSide: "above", fullMarks: 5, perStep: 0.5, step: 1 },
    },
    {
      title: "三公经费控制率: 6 points, −1 per point above",
      text: HUNAN_THREE_PUBLIC,
      expected: { kind: "deduction", threshold: 100, lossSide: "above", fullMarks: 6, perStep: 1, step: 1 },
    },
    {
      title: "the mirror: ≥95% full, −0.5 per point below, full-width punctuation",
      text: "≥95%，计5分；每低于一个百分点扣0.5分",
      expected: { kind: "deduction", threshold: 95, lossSide: "below", fullMarks: 5, perStep: 0.5, step: 1 },
    },
    {
      title: "full-width digits, ≤, line breaks and a step of 5 points",
      text: "以１００％为标准。\n控制率 ≤ 100%，计 2 分；\n每超过5个百分点扣0.1分，扣完为止",
      expected: { kind: "deduction", threshold: 100, lossSide: "above", fullMarks: 2, perStep: 0.1, step: 5 },
    },
    { title: "重点支出安排率 bands", text: HUNAN_KEY_SPENDING, expected: KEY_SPENDING_RULE },
    {
      title: "重点支出安排率 bands in full-width punctuation with spaces",
      text: "≥90%，计5分；80%（含）-90%，计4分；70%（含）-80%，计3分；\n60%（含）-70%，计2分；低于60% 不得分",
      expected: KEY_SPENDING_RULE,
    },
    { title: "预算调整率 bands: (含) on the upper bound", text: HUNAN_ADJUSTMENT, expected: ADJUSTMENT_RULE },
    {
      title: "资金使用合规性: per occurrence, no stated full marks",
      text: HUNAN_COMPLIANCE,
      expected: { kind: "per-occurrence", fullMarks: null, perOccurrence: 1 },
    },
    {
      title: "支付进度: per occurrence after a schedule",
      text: HUNAN_PAYMENT,
      expected: { kind: "per-occurrence", fullMarks: null, perOccurrence: 0.5 },
    },
    {
      title: "per occurrence with stated full marks",
      text: "满分3分，每发现1次违规扣1分，扣完为止",
      expected: { kind: "per-occurrence", fullMarks: 3, perOccurrence: 1 },
    },
  ])("reads $title", ({ text, expected }) => {
    expect(parseRuleText(text)).toEqual(expected);
  });

  it.each([
    ["资金结余 (words, not numbers)", "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分"],
    ["管理制度健全性 (a checklist)", "制度健全得1分，执行有效得1分，有检查记录得1分"],
    ["a deduction whose side contradicts its threshold", "≥95%,计5分;每超过一个百分点扣0.5分"],
    ["a deduction without full marks", "每超过一个百分点扣0.5分"],
    ["a single band", "≥90%,计5分"],
    ["empty text", ""],
  ])("leaves %s unrecognised, keeping the text", (_title, text) => {
    expect(parseRuleText(text)).toEqual({ kind: "unrecognised", text });
  });
});
