import {
  finding,
  SEVERITY,
  type Finding,
  type FindingCode,
  type FindingParams,
} from "../../../src/core/findings/types";
import { renderFinding, SEVERITY_LABELS, type Locale } from "../../../src/core/findings/render";

const AT = { sheet: "部门整体支出绩效自评表", cell: "H7" };
const NAME = "越级进京到省市上访人员接返劝返率";

/** One sample per code: the type makes this table fail to compile when a code is added without a sample. */
const SAMPLES: { readonly [C in FindingCode]: FindingParams[C] } = {
  BUDGET_SUM_MISMATCH: {
    item: "基本支出",
    column: "executed",
    stated: 430.46,
    sum: 430.36,
    parts: ["工资福利支出", "商品和服务支出"],
  },
  BUDGET_ADJUST_MISMATCH: { item: "支出合计", initial: 358.03, adjustment: -11.65, adjusted: 346.48 },
  EXECUTION_OVER_BUDGET: { item: "政府采购", budget: 2.6, executed: 2.7 },
  WEIGHT_SUM_MISMATCH: { scope: "产出指标", declared: 50, sum: 45 },
  SCORE_OVER_WEIGHT: { name: NAME, score: 11, weight: 10 },
  SCORE_MISMATCH: { name: NAME, entered: 8, computed: 7.6 },
  TOTAL_MISMATCH: { entered: 95, computed: 94.92 },
  GRADE_MISMATCH: { entered: "良", computed: "优", total: 94.92 },
  RATIO_MISMATCH: { name: "预算执行率", entered: 0.9, computed: 0.99586 },
  QUALITATIVE_SCORE_OUT_OF_BAND: { name: NAME, score: 3, tier: "met", min: 4, max: 5 },
  TARGET_UNPARSEABLE: { name: NAME, text: "尽量多" },
  ACTUAL_MISSING: { name: NAME },
  ACTUAL_UNPARSEABLE: { name: NAME, text: "较好" },
  UNIT_MISMATCH: { name: NAME, targetUnit: "%", actualUnit: "件" },
  TARGET_MISSED: { name: NAME, target: "≥95%", actual: "76%", score: 8, weight: 10 },
  OVER_ACHIEVED: { name: NAME, target: "≥2000件", actual: "2859件", ratio: 1.4295, threshold: 1.2 },
  REASON_MISSING: { name: NAME, trigger: "missed" },
  COMPARATIVE_NEEDS_PRIOR: { name: "公务接待费", text: "与2023年持平" },
  RULE_TEXT_UNRECOGNISED: { name: "资金结余", text: "无结余,3分;有结余,2分" },
  SHEET_NOT_RECOGNISED: {},
  SHEET_PROTECTED: {},
  MANUAL_SCORE_REQUIRED: { name: "管理制度健全性" },
  WEIGHT_MISSING: { name: NAME },
  TOTAL_OVER_MAX: { total: 102, max: 100 },
  CELL_ERROR_VALUE: { name: NAME, text: "#REF!" },
  NUMBER_IS_DATE: { name: NAME },
  NUMBER_TOO_LARGE: { name: NAME },
  OUTPUT_IS_FORMULA: { name: NAME, formula: "=SUM(G5:G20)" },
  OUTPUT_MERGED: { name: NAME },
  RULE_SET_INVALID: { detail: "grades must be descending" },
  STATE_INVALID: { detail: "not JSON" },
  COLUMN_MISSING: { table: "项目支出绩效自评表", column: "分值" },
  HEADER_UNREADABLE: { label: "一级指标", merge: "A5:H6" },
  STATE_PROTECTED: {},
};

const sample = <C extends FindingCode>(code: C): Finding => finding(code, AT, SAMPLES[code]);

/** The label a finding is about, if it has one: the item's, the indicator's, the scope's or the table's. */
function subjectOf(f: Finding): string | null {
  const params: Record<string, unknown> = f.params;
  for (const key of ["name", "item", "scope", "table", "label"])
    if (typeof params[key] === "string") return params[key];
  return f.code.startsWith("SHEET_") || f.code === "STATE_PROTECTED" ? f.sheet : null;
}

const CASES = (Object.keys(SEVERITY) as FindingCode[]).flatMap((code) =>
  (["zh-CN", "en-US"] as Locale[]).map((locale) => [code, locale] as const),
);

describe("renderFinding", () => {
  it.each(CASES)("writes %s in %s, naming what it is about", (code, locale) => {
    const f = sample(code);
    const { message, suggestion } = renderFinding(f, locale);
    expect(message.length).toBeGreaterThan(5);
    expect(suggestion.length).toBeGreaterThan(5);
    const subject = subjectOf(f);
    if (subject !== null) expect(message).toContain(subject);
  });

  it("renders Chinese by default", () => {
    expect(renderFinding(sample("SCORE_MISMATCH"))).toEqual({
      message: "「越级进京到省市上访人员接返劝返率」填写的得分 8.00 与按规则计算的 7.60 不一致",
      suggestion: "核对实际完成值与得分；如确需调整，请在偏差原因中说明依据",
    });
  });

  it.each<[FindingCode, readonly string[]]>([
    ["BUDGET_SUM_MISMATCH", ["全年执行数", "430.46万元", "430.36万元", "工资福利支出、商品和服务支出"]],
    ["BUDGET_ADJUST_MISMATCH", ["358.03万元", "-11.65万元", "346.38万元", "346.48万元"]],
    ["EXECUTION_OVER_BUDGET", ["2.70万元", "2.60万元", "0.10万元"]],
    ["RATIO_MISMATCH", ["90.00%", "99.59%"]],
    ["OVER_ACHIEVED", ["2859件", "≥2000件", "142.95%", "120.00%"]],
    ["TARGET_MISSED", ["≥95%", "76%", "8.00", "10.00"]],
    ["GRADE_MISMATCH", ["「良」", "「优」", "94.92"]],
    ["QUALITATIVE_SCORE_OUT_OF_BAND", ["达成年度指标", "4.00–5.00", "3.00"]],
  ])("writes the figures of %s as a person reads them", (code, parts) => {
    const { message } = renderFinding(sample(code));
    for (const part of parts) expect(message).toContain(part);
  });

  it("counts a headcount in 人, not 万元", () => {
    const f = finding("BUDGET_SUM_MISMATCH", AT, {
      item: "编制数",
      column: "initial",
      stated: 13,
      sum: 12,
      parts: ["行政编制", "事业编制"],
      unit: "人",
    });
    expect(renderFinding(f).message).toBe(
      "「编制数」的年初预算数为 13人，与其明细（行政编制、事业编制）之和 12人 不一致",
    );
  });

  it.each<[string | null, Locale, string]>([
    ["A5:H6", "zh-CN", "合并为 A5:H6"],
    [null, "zh-CN", "“年度指标值”“实际完成值”“分值”“得分”"],
    ["A5:H6", "en-US", "merged over A5:H6"],
    [null, "en-US", "no column named 年度指标值"],
  ])("says why a header with the merge %s could not be read, in %s", (merge, locale, part) => {
    const f = finding("HEADER_UNREADABLE", AT, { label: "一级指标", merge });
    expect(renderFinding(f, locale).message).toContain(part);
  });

  it.each<[Locale, string, string, string]>([
    ["zh-CN", "错误", "警告", "提示"],
    ["en-US", "error", "warning", "info"],
  ])("labels severities in %s", (locale, error, warning, info) => {
    expect(SEVERITY_LABELS[locale]).toEqual({ error, warning, info });
  });
});

describe("renderFinding with long quoted text", () => {
  const longName = "长".repeat(200);

  it("quotes at most 80 characters of a person's text, counting characters beyond the BMP as one", () => {
    const emoji = "𠀀".repeat(81);
    const f = finding("TARGET_UNPARSEABLE", AT, { name: longName, text: emoji });
    const { message } = renderFinding(f);
    expect(message).toContain(`${"长".repeat(80)}…`);
    expect(message).not.toContain("长".repeat(81));
    expect(message).toContain(`${"𠀀".repeat(80)}…`);
  });

  it("clips the texts inside a list, and leaves 80 characters whole", () => {
    const exact = "预".repeat(80);
    const f = finding("BUDGET_SUM_MISMATCH", AT, {
      item: exact,
      column: "executed",
      stated: 2,
      sum: 1,
      parts: [longName, "商品和服务支出"],
    });
    const { message } = renderFinding(f);
    expect(message).toContain(`「${exact}」`);
    expect(message).toContain(`${"长".repeat(80)}…、商品和服务支出`);
  });
});
