import type { Operator } from "./types";

/** A word or sign that sets the comparison of a target, e.g. `不少于` → `>=`. */
export type OperatorWord = { readonly word: string; readonly operator: Operator };

const byLengthDesc = (a: OperatorWord, b: OperatorWord): number => b.word.length - a.word.length;

function words(operator: Operator, list: readonly string[]): OperatorWord[] {
  return list.map((word) => ({ word, operator }));
}

/**
 * Words written just before the number (domain-rules §2a), longest first so `不低于` wins over `低于` and `>=` over
 * `=`. Full-width signs (`＞＝`, `≧`) arrive here already folded by `normaliseText`.
 */
export const PREFIX_OPERATORS: readonly OperatorWord[] = [
  ...words(">=", [
    "大于或等于",
    "大于等于",
    "不少于",
    "不低于",
    "不得少于",
    "不得低于",
    "至少",
    "达到",
    "达",
    "≥",
    ">=",
  ]),
  ...words(">", ["高于", "超过", "大于", "多于", ">"]),
  ...words("<=", [
    "小于或等于",
    "小于等于",
    "不超过",
    "不高于",
    "不大于",
    "不多于",
    "不得超过",
    "不得高于",
    "控制在",
    "≤",
    "<=",
  ]),
  ...words("<", ["低于", "少于", "小于", "<"]),
  ...words("=", ["等于", "="]),
].sort(byLengthDesc);

/** Words written after the number and its unit: `95%以上`, `控制在5%以内`, `3个工作日内`. */
export const SUFFIX_OPERATORS: readonly OperatorWord[] = [
  ...words(">=", ["及以上", "以上"]),
  ...words("<=", ["及以下", "以下", "以内", "之内", "内"]),
].sort(byLengthDesc);

/** Comparison signs; a text holding one but no number is a broken target, not a qualitative one. */
export const OPERATOR_SIGN = /[≥≤<>=]/;

/** Period and scope prefixes kept as metadata (domain-rules §2a). */
export const PERIOD_WORDS: readonly string[] = ["每季度", "特护期", "每年", "全年", "年度", "每批", "每月", "今年"];

/** The period whose target is checked per batch (SPEC §3.2: compared with the minimum over batches). */
export const PER_BATCH = "每批";

/**
 * Parts of an indicator's name that say less is better, so a bare number or `=` is read as a ceiling. Kept short on
 * purpose: a word here must not also occur in names of positive rates (so `上访量`, not `上访`, which is also in
 * `上访人员劝返率`). Every 控制率 of domain-rules §3.11 is full at ≤ 100 %.
 */
export const REVERSE_NAME_WORDS: readonly string[] = [
  "故障率",
  "投诉率",
  "差错率",
  "事故",
  "差异率",
  "变动率",
  "控制率",
  "调整率",
  "结转结余",
  "成本",
  "费用",
  "经费",
  "超支",
  "发生率",
  "上访量",
  "上访人次",
];
