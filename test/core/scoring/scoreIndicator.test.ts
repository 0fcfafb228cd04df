import type { IndicatorRow } from "../../../src/core/model";
import type { Ratios } from "../../../src/core/results";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { scoreIndicator } from "../../../src/core/scoring/scoreIndicator";
import { codesOf, makeRow } from "./makeRow";

const score = (overrides: Partial<IndicatorRow>, ratios: Ratios | null = null) =>
  scoreIndicator(makeRow(overrides), MOF_2020, { ratios });

const HUNAN_STAFF = "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止";
const A_REASON = "受疫情影响，部分工作延后";

describe("scoreIndicator: status, score and findings of a row", () => {
  it.each<[string, Partial<IndicatorRow>, number | null, string, string[]]>([
    // [title, row, computed score, status, finding codes]
    ["positive met", { targetText: "≥95%", actual: { value: "96%" } }, 10, "met", []],
    [
      "positive met, 0.96 in a % format",
      { targetText: "≥95%", actual: { value: 0.96, numberFormat: "0%" } },
      10,
      "met",
      [],
    ],
    [
      "positive missed: points lost, reason required",
      { targetText: "不低于95%", actual: { value: "90%" } },
      9.47,
      "missed",
      ["TARGET_MISSED", "REASON_MISSING"],
    ],
    [
      "positive missed with a reason",
      { targetText: "≥95%", actual: { value: "90%" }, reason: A_REASON },
      9.47,
      "missed",
      ["TARGET_MISSED"],
    ],
    [
      "over-achieved: flagged, reason required",
      { targetText: "每年不少于2000件", actual: { value: "2500件" } },
      10,
      "exceeded",
      ["OVER_ACHIEVED", "REASON_MISSING"],
    ],
    [
      "reverse missed",
      { name: "全区信访业务系统故障率", targetText: "低于20%", actual: { value: "25%" }, reason: A_REASON },
      8,
      "missed",
      ["TARGET_MISSED"],
    ],
    ["zero met", { targetText: "零登记", actual: { value: 0 } }, 10, "met", []],
    [
      "zero missed",
      { targetText: "零登记", actual: { value: "2人次" }, reason: A_REASON },
      0,
      "missed",
      ["TARGET_MISSED"],
    ],
    ["equality with a rider", { targetText: "100%处置，不留隐患", actual: { value: "100%" } }, 10, "met", []],
    ["qualitative met", { targetText: "效果明显", actual: { value: "达成年度指标" } }, 10, "qualitative", []],
    [
      "qualitative partly: reason required",
      { targetText: "效果明显", actual: { value: "部分达成年度指标并具有一定效果" } },
      7,
      "qualitative",
      ["TARGET_MISSED", "REASON_MISSING"],
    ],
    [
      "qualitative words only: a person scores",
      { targetText: "效果明显", actual: { value: "工作开展顺利" } },
      null,
      "manual",
      ["MANUAL_SCORE_REQUIRED"],
    ],
    [
      "comparative without prior",
      { targetText: "与2023年持平", actual: { value: "2.2万元" } },
      null,
      "manual",
      ["COMPARATIVE_NEEDS_PRIOR", "MANUAL_SCORE_REQUIRED"],
    ],
    ["comparative with prior", { targetText: "只减不增", actual: { value: "2.0万元" }, prior: 2.2 }, 10, "met", []],
    ["actual missing", { targetText: "≥95%" }, null, "manual", ["ACTUAL_MISSING"]],
    [
      "actual unparseable",
      { targetText: "≥95%", actual: { value: "基本完成任务，效果较好，群众满意" } },
      null,
      "manual",
      ["ACTUAL_UNPARSEABLE"],
    ],
    ["unit mismatch", { targetText: "≥95%", actual: { value: "96件" } }, null, "manual", ["UNIT_MISMATCH"]],
    ["error value", { targetText: "≥95%", actual: { value: "#REF!" } }, null, "invalid", ["CELL_ERROR_VALUE"]],
    [
      "target unparseable",
      { targetText: "2000-3000件", actual: { value: "2500件" } },
      null,
      "manual",
      ["TARGET_UNPARSEABLE"],
    ],
    [
      "target empty in a target column",
      { targetText: "", actual: { value: "96%" } },
      null,
      "manual",
      ["TARGET_UNPARSEABLE"],
    ],
    ["weight missing", { weight: null, actual: { value: "96%" } }, null, "manual", ["WEIGHT_MISSING"]],
    ["weight negative", { weight: -5, actual: { value: "96%" } }, null, "invalid", ["WEIGHT_MISSING"]],
    ["weight 0: nothing to lose", { weight: 0, actual: { value: "50%" } }, 0, "met", []],
  ])("%s", (_title, overrides, computed, status, codes) => {
    const result = score(overrides);
    expect(result.computedScore).toBe(computed);
    expect(result.score).toBe(computed);
    expect(result.status).toBe(status);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("puts each finding at the most useful cell", () => {
    const cells = (overrides: Partial<IndicatorRow>) => score(overrides).findings.map((f) => `${f.code}@${f.cell}`);
    expect(cells({ actual: { value: "90%" } })).toEqual(["TARGET_MISSED@E5", "REASON_MISSING@H5"]);
    expect(cells({ targetText: "2000-3000件" })).toEqual(["TARGET_UNPARSEABLE@D5"]);
    expect(cells({ weight: null })).toEqual(["WEIGHT_MISSING@F5"]);
    expect(cells({ targetText: "效果明显", actual: { value: "较好" } })).toEqual(["MANUAL_SCORE_REQUIRED@G5"]);
    const noColumns = makeRow({ weight: null, at: { row: { sheet: "绩效自评表", cell: "C9" } } });
    expect(scoreIndicator(noColumns, MOF_2020, { ratios: null }).findings[0]).toMatchObject({ cell: "C9" });
  });

  it("describes the miss in TARGET_MISSED", () => {
    const [missed] = score({ targetText: "≥95%", actual: { value: "90%" } }).findings;
    expect(missed).toMatchObject({ params: { target: "≥95%", actual: "90%", score: 9.47, weight: 10 } });
  });

  it("reports actual ÷ target", () => {
    expect(score({ targetText: "≥2000件", actual: { value: "2500件" } }).achievement).toBe(1.25);
    expect(score({ targetText: "零登记", actual: { value: 0 } }).achievement).toBeNull();
  });
});

describe("scoreIndicator: a score a person typed", () => {
  it.each<[string, Partial<IndicatorRow>, number | null, string[]]>([
    // [title, row, score that counts, finding codes]
    ["equal to the rule's", { actual: { value: "96%" }, enteredScore: 10 }, 10, []],
    ["differs from the rule's", { actual: { value: "96%" }, enteredScore: 9, reason: A_REASON }, 9, ["SCORE_MISMATCH"]],
    ["above the weight", { actual: { value: "96%" }, enteredScore: 12 }, 12, ["SCORE_OVER_WEIGHT"]],
    [
      "rounded before it is compared",
      { actual: { value: "90%" }, enteredScore: 9.4736, reason: A_REASON },
      9.47,
      ["TARGET_MISSED"],
    ],
    [
      "lowered on an over-achieved row: allowed",
      { targetText: "≥2000件", actual: { value: "2500件" }, enteredScore: 9, reason: A_REASON },
      9,
      ["OVER_ACHIEVED"],
    ],
    [
      "on a manual row: it counts",
      { targetText: "效果明显", actual: { value: "较好" }, enteredScore: 8 },
      8,
      ["TARGET_MISSED", "REASON_MISSING"],
    ],
    [
      "on a comparative row without prior",
      { targetText: "只减不增", actual: { value: "2万元" }, enteredScore: 10 },
      10,
      ["COMPARATIVE_NEEDS_PRIOR"],
    ],
    ["on a row without a weight", { weight: null, enteredScore: 5 }, 5, ["WEIGHT_MISSING"]],
    [
      "qualitative met, 8 is in [8, 10]",
      { targetText: "效果明显", actual: { value: "达成年度指标" }, enteredScore: 8, reason: A_REASON },
      8,
      [],
    ],
    [
      "qualitative met, 7.99 is not",
      { targetText: "效果明显", actual: { value: "达成年度指标" }, enteredScore: 7.99, reason: A_REASON },
      7.99,
      ["QUALITATIVE_SCORE_OUT_OF_BAND"],
    ],
    [
      "qualitative partly, 6 is in [6, 8)",
      { targetText: "效果明显", actual: { value: "部分达成" }, enteredScore: 6, reason: A_REASON },
      6,
      ["TARGET_MISSED"],
    ],
    [
      "qualitative partly, 8 belongs to the top tier",
      { targetText: "效果明显", actual: { value: "部分达成" }, enteredScore: 8, reason: A_REASON },
      8,
      ["QUALITATIVE_SCORE_OUT_OF_BAND", "TARGET_MISSED"],
    ],
    [
      "qualitative missed, 6 belongs to the middle tier",
      { targetText: "效果明显", actual: { value: "未达成" }, enteredScore: 6, reason: A_REASON },
      6,
      ["QUALITATIVE_SCORE_OUT_OF_BAND", "TARGET_MISSED"],
    ],
    [
      "qualitative missed, 0 is in [0, 6)",
      { targetText: "效果明显", actual: { value: "未达成" }, enteredScore: 0, reason: A_REASON },
      0,
      ["TARGET_MISSED"],
    ],
  ])("%s", (_title, overrides, counted, codes) => {
    const result = score(overrides);
    expect(result.score).toBe(counted);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("keeps the rule's score beside the typed one", () => {
    const result = score({ actual: { value: "96%" }, enteredScore: 9, reason: A_REASON });
    expect(result).toMatchObject({ computedScore: 10, score: 9 });
    expect(result.findings[0]).toMatchObject({ cell: "G5", params: { entered: 9, computed: 10 } });
  });

  it("checks the band with the tier and its ends", () => {
    const [outOfBand] = score({
      targetText: "效果明显",
      actual: { value: "部分达成" },
      enteredScore: 8,
      reason: A_REASON,
    }).findings;
    expect(outOfBand).toMatchObject({ cell: "G5", params: { tier: "partly", min: 6, max: 8, score: 8 } });
  });
});

describe("scoreIndicator: 偏差原因", () => {
  it.each<[string, Partial<IndicatorRow>, boolean, string | null]>([
    // [title, row, required, trigger when missing]
    ["met", { actual: { value: "96%" } }, false, null],
    ["missed", { actual: { value: "90%" } }, true, "missed"],
    ["over-achieved", { targetText: "≥95%", actual: { value: "120%" } }, true, "exceeded"],
    ["qualitative below 达成", { targetText: "效果明显", actual: { value: "未达成" } }, true, "qualitative"],
    ["a typed score below the weight", { actual: { value: "96%" }, enteredScore: 9 }, true, "missed"],
    ["manual, unscored", { targetText: "效果明显", actual: { value: "较好" } }, false, null],
  ])("%s", (_title, overrides, required, trigger) => {
    const result = score(overrides);
    expect(result.reasonRequired).toBe(required);
    const missing = result.findings.find((f) => f.code === "REASON_MISSING");
    expect(missing?.params).toEqual(trigger === null ? undefined : { name: result.row.name, trigger });
    expect(score({ ...overrides, reason: A_REASON }).findings.some((f) => f.code === "REASON_MISSING")).toBe(false);
  });

  it("does not take white space for a reason", () => {
    expect(codesOf(score({ actual: { value: "90%" }, reason: "  " }).findings)).toContain("REASON_MISSING");
  });
});

describe("scoreIndicator: ratio rows take their value from the budget table", () => {
  const ratios: Ratios = { budgetExecutionRate: 0.99586, threePublicControlRate: 0.95161 };

  it.each<[string, Partial<IndicatorRow>, number | null, number | null, string[]]>([
    // [title, row, filledActual, score, codes]
    ["empty → filled, 2 decimals of a point", { name: "预算执行率", targetText: "≥95%" }, 99.59, 10, []],
    [
      "entered and agreeing to 0.005 points",
      { name: "预算执行率", targetText: "≥95%", actual: { value: "99.59%" } },
      null,
      10,
      [],
    ],
    [
      "entered and disagreeing",
      { name: "预算执行率", targetText: "≥95%", actual: { value: "99.5%" } },
      null,
      10,
      ["RATIO_MISMATCH"],
    ],
    ["a reverse ratio row", { name: "“三公”经费控制率", targetText: "≤100%" }, 95.16, 10, []],
    ["a ratio the budget table lacks", { name: "政府采购执行率", targetText: "=100%" }, null, null, ["ACTUAL_MISSING"]],
    ["not a ratio row", { name: "信访案件办结率", targetText: "≥95%" }, null, null, ["ACTUAL_MISSING"]],
  ])("%s", (_title, overrides, filled, counted, codes) => {
    const result = score(overrides, ratios);
    expect(result.filledActual).toBe(filled);
    expect(result.score).toBe(counted);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("reports the mismatch as fractions at the actual cell", () => {
    const [mismatch] = score({ name: "预算执行率", actual: { value: "99.5%" } }, ratios).findings;
    expect(mismatch).toMatchObject({ cell: "E5", params: { entered: 0.995, computed: 0.99586 } });
  });

  it("gives the filled value as the row's actual", () => {
    expect(score({ name: "预算执行率" }, ratios).actual).toEqual({
      kind: "quantity",
      value: 99.59,
      unit: "%",
      text: "99.59%",
    });
  });

  it("has no ratios without a budget table", () => {
    expect(score({ name: "预算执行率" }, null).filledActual).toBeNull();
  });
});

describe("scoreIndicator: rows with a 评分标准 (department framework)", () => {
  const framework = (overrides: Partial<IndicatorRow>): Partial<IndicatorRow> => ({
    targetText: "",
    weight: 5,
    at: { row: { sheet: "部门整体", cell: "E7" }, score: { sheet: "部门整体", cell: "I7" } },
    ...overrides,
  });

  it.each<[string, Partial<IndicatorRow>, Ratios | null, number | null, string, string[]]>([
    // [title, row, ratios, score, status, codes]
    [
      "measured value within the standard",
      framework({ name: "在职人员控制率", ruleText: HUNAN_STAFF, actual: { value: "83.33%" } }),
      null,
      5,
      "met",
      [],
    ],
    [
      "103.4 % → 5 − 3.4 × 0.5",
      framework({ name: "在职人员控制率", ruleText: HUNAN_STAFF, actual: { value: "103.4%" }, reason: A_REASON }),
      null,
      3.3,
      "missed",
      ["TARGET_MISSED"],
    ],
    [
      "the ratio from the budget table",
      framework({ name: "在职人员控制率", ruleText: HUNAN_STAFF }),
      { staffControlRate: 1.034 },
      3.3,
      "missed",
      ["TARGET_MISSED", "REASON_MISSING"],
    ],
    [
      "no value: a person scores",
      framework({ name: "管理制度健全性", ruleText: HUNAN_STAFF }),
      null,
      null,
      "manual",
      ["MANUAL_SCORE_REQUIRED"],
    ],
    [
      "unrecognised rule",
      framework({ name: "支付进度", ruleText: "按实际情况酌情打分", actual: { value: "100%" } }),
      null,
      null,
      "manual",
      ["RULE_TEXT_UNRECOGNISED", "MANUAL_SCORE_REQUIRED"],
    ],
    [
      "words as the value",
      framework({ name: "在职人员控制率", ruleText: HUNAN_STAFF, actual: { value: "较好" } }),
      null,
      null,
      "manual",
      ["ACTUAL_UNPARSEABLE"],
    ],
    [
      "no rule and no target column: by hand",
      framework({ name: "受表彰" }),
      null,
      null,
      "manual",
      ["MANUAL_SCORE_REQUIRED"],
    ],
    [
      "typed score on an unrecognised rule",
      framework({ name: "支付进度", ruleText: "酌情打分", enteredScore: 5 }),
      null,
      5,
      "manual",
      ["RULE_TEXT_UNRECOGNISED"],
    ],
  ])("%s", (_title, overrides, ratios, counted, status, codes) => {
    const result = score(overrides, ratios);
    expect(result.score).toBe(counted);
    expect(result.status).toBe(status);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("puts RULE_TEXT_UNRECOGNISED on the row and MANUAL_SCORE_REQUIRED on the score cell", () => {
    const result = score(framework({ name: "支付进度", ruleText: "酌情打分" }));
    expect(result.findings.map((f) => f.cell)).toEqual(["E7", "I7"]);
  });
});
