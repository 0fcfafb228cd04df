import type { BudgetColumn } from "../../core/model";
import { labelKey } from "../../core/text/normalise";
import { fastLabelKey } from "./cellText";

/**
 * What a header cell says its column holds. Indicator and framework tables (SPEC 2.1, 2.2) use the first group, the
 * fund block and the budget table the amount columns (named as `BudgetColumn`) plus `rate` and `item`. `weight` is
 * the 分值 of a 三级 row; a 分值 column right after 一级指标 or 二级指标 is that level's weight.
 */
export type ColumnRole =
  | "level1"
  | "level1Weight"
  | "level2"
  | "level2Weight"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "rule"
  | "note"
  | "rate"
  | "item"
  | BudgetColumn;

/** The label a finding uses for each column (COLUMN_MISSING). */
export const COLUMN_LABEL: { readonly [R in ColumnRole]: string } = {
  level1: "一级指标",
  level1Weight: "一级指标分值",
  level2: "二级指标",
  level2Weight: "二级指标分值",
  name: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  reason: "偏差原因分析及改进措施",
  rule: "评分标准",
  note: "指标说明",
  rate: "执行率",
  item: "项目",
  initial: "年初预算数",
  adjustment: "调整预算数",
  adjusted: "全年预算数",
  executed: "全年执行数",
  prior: "上年数",
};

/** Header labels as written in the forms and the seeds, by the column they name (matched without units). */
const LABELS: { readonly [R in Exclude<ColumnRole, "level1Weight" | "level2Weight">]: readonly string[] } = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "三级指标名称"],
  target: ["年度指标值", "指标值", "年度目标值", "目标值", "预期指标值", "年初指标值"],
  actual: ["实际完成值", "全年实际值", "实际值", "完成值", "全年实际完成值", "实际完成数"],
  weight: ["分值", "权重", "指标分值", "标准分值"],
  score: ["得分", "自评得分", "实际得分", "自评分", "评分"],
  reason: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "偏差原因分析", "未完成原因分析及改进措施"],
  rule: ["评分标准", "评分标准及方法", "评分方法", "评分办法", "计分方法", "评分细则"],
  note: ["指标说明", "指标解释", "指标内涵", "指标解释说明"],
  rate: ["执行率", "预算执行率"],
  item: ["项目", "科目", "项目名称", "科目名称", "预算科目", "支出项目", "收支项目"],
  initial: ["年初预算数", "年初预算", "年初数", "预算数", "申报预算", "申报预算数"],
  adjustment: ["调整预算数", "调整数", "预算调整数", "调整金额"],
  adjusted: ["调整后预算数", "全年预算数", "全年预算", "调整后预算", "调整后预算金额"],
  executed: ["全年执行数", "决算数", "实际支出", "支出数", "执行数", "实际执行数", "实际支出数", "本年决算数"],
  prior: ["上年数", "上年决算数", "上年执行数", "上年实际数", "上年支出数"],
};

/** Deviation-reason headers come in many lengths (偏差原因分析及整改措施, 未完成原因及改进措施); their start is stable. */
const REASON_PREFIXES = ["偏差原因", "未完成原因"];

const ROLE_BY_KEY: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.entries(LABELS) as [ColumnRole, readonly string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [labelKey(label), role] as const),
  ),
);

/** A header label: the column it names (a 分值 column is `weight` here, placed by its neighbours) and whether it
 * marks the column as percent (`实际完成值(%)`). */
export type HeaderLabel = { readonly role: ColumnRole; readonly percent: boolean };

/**
 * What a header label can start with: the first character of every label and deviation-reason prefix, or the
 * bracket of a unit put before it. Most cells of a sheet (names, targets, figures) start otherwise and are no label.
 */
const LABEL_STARTS: ReadonlySet<string> = new Set([
  ...[...ROLE_BY_KEY.keys(), ...REASON_PREFIXES].map((key) => key.charAt(0)),
  "(",
  "[",
  "【",
]);

/** The label of each role without a percent mark, made once: every row of a sheet is scanned for labels. */
const PLAIN_LABELS: ReadonlyMap<ColumnRole, HeaderLabel> = new Map(
  [...new Set(ROLE_BY_KEY.values()), "reason" as const].map((role) => [role, { role, percent: false }] as const),
);

const UNIT_MARKS = /[([【%]/;
const BRACKETED = /[([【][^)\]】]*[)\]】]/g;

/**
 * Reads a header cell: spaces and line breaks removed, full-width folded and units in brackets dropped
 * (`年度\n指标值`, `全年执行数（万元）`), then looked up among the known labels; null for any other text.
 */
export function readHeaderLabel(text: string): HeaderLabel | null {
  const folded = fastLabelKey(text);
  if (!LABEL_STARTS.has(folded.charAt(0))) return null;
  // Most labels have no bracket or % to drop; they skip the work, and a non-label allocates nothing.
  if (!UNIT_MARKS.test(folded)) {
    const role = roleOfKey(folded);
    return role && (PLAIN_LABELS.get(role) ?? { role, percent: false });
  }
  const brackets = folded.match(BRACKETED) ?? [];
  const bare = brackets.reduce((rest, part) => rest.replace(part, ""), folded);
  const role = roleOfKey(bare.replace(/%$/, ""));
  return role && { role, percent: bare.endsWith("%") || brackets.some((part) => part.includes("%")) };
}

function roleOfKey(key: string): ColumnRole | null {
  return ROLE_BY_KEY.get(key) ?? (REASON_PREFIXES.some((prefix) => key.startsWith(prefix)) ? "reason" : null);
}
