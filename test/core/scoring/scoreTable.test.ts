import type { DeclaredWeight, FundBlock, IndicatorRow, ScoreTable } from "../../../src/core/model";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { resolveRuleSet } from "../../../src/core/rules/resolveRuleSet";
import { scoreTable } from "../../../src/core/scoring/scoreTable";
import { codesOf, makeRow, ref } from "./makeRow";

const REASON = "预期值设置偏低";

/** A row of a framework table scored by hand: no 年度指标值 column, the score typed. */
const byHand = (level1: string, name: string, weight: number, enteredScore: number, line: number): IndicatorRow =>
  makeRow({
    level1,
    level2: "",
    name,
    targetText: "",
    weight,
    enteredScore,
    reason: enteredScore < weight ? REASON : "",
    at: { row: ref(`C${line}`), weight: ref(`D${line}`), score: ref(`E${line}`), reason: ref(`F${line}`) },
  });

const declared = (name: string, weight: number, cell: string, level: 1 | 2 = 1): DeclaredWeight => ({
  level,
  name,
  weight,
  at: ref(cell),
});

const makeTable = (overrides: Partial<ScoreTable>): ScoreTable => ({
  kind: "project",
  sheet: "绩效自评表",
  title: "信访维稳专项",
  fund: null,
  indicators: [],
  declaredWeights: [],
  enteredTotal: null,
  enteredGrade: null,
  hasBonus: false,
  at: { header: ref("A3"), total: ref("G30"), grade: ref("G31") },
  ...overrides,
});

/** Seed 001 (花都区信访局 2021): 管理效能 45 / 履职效能 50 / 加分 5, scores typed by hand. */
const SEED_001 = makeTable({
  kind: "department",
  indicators: [
    byHand("管理效能", "绩效管理", 15, 15, 5),
    byHand("管理效能", "资金运行和管理", 30, 26.9, 6),
    byHand("履职效能", "处置突发性信访维稳应急事件", 8, 8, 7),
    byHand("履职效能", "分类录入办理信访案件数", 26, 25.5, 8),
    byHand("履职效能", "越级进京到省市上访人员接返劝返率", 16, 15.5, 9),
    byHand("加分", "受表彰", 5, 5, 10),
  ],
  declaredWeights: [declared("管理效能", 45, "A5"), declared("履职效能", 50, "A7"), declared("加分", 5, "A10")],
  hasBonus: true,
  enteredTotal: 95.9,
  enteredGrade: "优",
});

/** Seed 004's fund block: 797.14 adjusted, 793.84 spent → 9.96. */
const FUND: FundBlock = {
  initialBudget: 922.56,
  budget: 797.14,
  executed: 793.84,
  weight: 10,
  enteredRate: null,
  enteredScore: null,
  at: { row: ref("A4"), rate: ref("F4"), score: ref("G4") },
};

const quantitative = (level1: string, name: string, weight: number, targetText: string, actual: string) =>
  makeRow({ level1, name, weight, targetText, actual: { value: actual } });

/** A national project table: 产出 50, 效益 30, 满意度 10, 预算执行率 10 → 9.96 + 50 + 30 + 4.96 = 94.92. */
const PROJECT = makeTable({
  fund: FUND,
  indicators: [
    quantitative("产出指标", "分类录入办理信访案件数", 25, "每年不少于2000件", "2100件"),
    quantitative("产出指标", "排查信访矛盾纠纷专项行动", 25, "每年不少于4次", "4次"),
    quantitative("效益指标", "越级进京到省市上访人员接返劝返率", 30, "不低于95%", "96%"),
    { ...quantitative("满意度指标", "上访群众满意度", 10, "≥95%", "47.12%"), reason: "回访样本少" },
  ],
  declaredWeights: [declared("产出指标", 50, "A8"), declared("效益指标", 30, "A10"), declared("满意度指标", 10, "A11")],
});

describe("scoreTable: the seeds' figures", () => {
  it("seed 001: 15 + 26.9 + 8 + 25.5 + 15.5 + 5 = 95.9 → 优, nothing to report", () => {
    const result = scoreTable(SEED_001, MOF_2020, null);
    expect(result.total).toBe(95.9);
    expect(result.grade).toBe("优");
    expect(result.maxTotal).toBe(100);
    expect(result.levels).toEqual([
      { name: "管理效能", weight: 45, score: 41.9 },
      { name: "履职效能", weight: 50, score: 49 },
      { name: "加分", weight: 5, score: 5 },
    ]);
    expect(codesOf(result.findings)).toEqual([]);
  });

  it("a project table: 9.96 + 50 + 30 + 4.96 = 94.92 → 优, the fund as a level of its own", () => {
    const result = scoreTable(PROJECT, MOF_2020, null);
    expect(result.fund?.score).toBe(9.96);
    expect(result.indicators.map((r) => r.score)).toEqual([25, 25, 30, 4.96]);
    expect(result.total).toBe(94.92);
    expect(result.grade).toBe("优");
    expect(result.levels).toEqual([
      { name: "产出指标", weight: 50, score: 50 },
      { name: "效益指标", weight: 30, score: 30 },
      { name: "满意度指标", weight: 10, score: 4.96 },
      { name: "预算执行率", weight: 10, score: 9.96 },
    ]);
    expect(codesOf(result.findings)).toEqual(["TARGET_MISSED"]);
  });
});

describe("scoreTable: grades under the rule set", () => {
  const at85 = makeTable({ indicators: [byHand("产出指标", "综合", 100, 85, 5)] });
  it.each<[string, unknown, string]>([
    ["85 → 良 by default", undefined, "良"],
    ["85 → 优 under 80/70/60", "grades-80-70-60", "优"],
  ])("%s", (_title, input, grade) => {
    const rules = resolveRuleSet(input);
    if (!rules.ok) throw new Error(rules.error);
    expect(scoreTable(at85, rules.value, null)).toMatchObject({ total: 85, grade });
  });
});

describe("scoreTable: totals and grades written in the table", () => {
  it.each<[string, Partial<ScoreTable>, string[]]>([
    ["total and grade agree", { enteredTotal: 95.9, enteredGrade: "优" }, []],
    ["the grade written out (优秀)", { enteredGrade: "优秀" }, []],
    ["a wrong total", { enteredTotal: 96.9 }, ["TOTAL_MISMATCH"]],
    ["a total to more decimals than it needs", { enteredTotal: 95.9000001 }, []],
    ["a wrong grade", { enteredGrade: "良" }, ["GRADE_MISMATCH"]],
    ["a blank grade cell", { enteredGrade: " " }, []],
  ])("%s", (_title, overrides, codes) => {
    const result = scoreTable({ ...SEED_001, ...overrides }, MOF_2020, null);
    expect(codesOf(result.findings)).toEqual(codes);
  });

  it("puts TOTAL_MISMATCH at the 总分 cell and GRADE_MISMATCH at the 等级 cell", () => {
    const result = scoreTable({ ...SEED_001, enteredTotal: 90, enteredGrade: "良好" }, MOF_2020, null);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "TOTAL_MISMATCH", cell: "G30", params: { entered: 90, computed: 95.9 } }),
      expect.objectContaining({
        code: "GRADE_MISMATCH",
        cell: "G31",
        params: { entered: "良好", computed: "优", total: 95.9 },
      }),
    ]);
  });

  it("has no total and no grade while a row is unscored, and checks neither", () => {
    const open = makeRow({ level1: "履职效能", name: "新增指标", targetText: "效果明显", weight: 0 });
    const result = scoreTable(
      { ...SEED_001, indicators: [...SEED_001.indicators, open], enteredTotal: 1 },
      MOF_2020,
      null,
    );
    expect(result).toMatchObject({ total: null, grade: null });
    expect(codesOf(result.findings)).toEqual(["MANUAL_SCORE_REQUIRED"]);
  });

  it("has no total while the fund block lacks a figure", () => {
    const result = scoreTable({ ...PROJECT, fund: { ...FUND, executed: null } }, MOF_2020, null);
    expect(result.total).toBeNull();
  });
});

describe("scoreTable: weights that do not add up", () => {
  it.each<[string, Partial<ScoreTable>, [string, string, number, number][]]>([
    // [title, table, [cell, scope, declared, sum] of each WEIGHT_SUM_MISMATCH]
    ["seed 001 adds up with its 加分 inside the 100", {}, []],
    [
      "a level whose rows fall short",
      { declaredWeights: [declared("管理效能", 50, "A5"), declared("履职效能", 45, "A7"), declared("加分", 5, "A10")] },
      [
        ["A5", "管理效能", 50, 45],
        ["A7", "履职效能", 45, 50],
      ],
    ],
    [
      "加分 outside the 100 when the table does not declare it inside",
      { hasBonus: false, declaredWeights: [declared("管理效能", 45, "A5"), declared("履职效能", 50, "A7")] },
      [["G30", "全表", 100, 95]],
    ],
    [
      "levels without declared weights: the table total from the rows",
      { declaredWeights: [], indicators: SEED_001.indicators.slice(1) },
      [["G30", "全表", 100, 85]],
    ],
    [
      "a 二级 weight declared in a framework's 分值 column",
      { declaredWeights: [...SEED_001.declaredWeights, declared("资金", 20, "B6", 2)] },
      [["B6", "资金", 20, 30]],
    ],
  ])("%s", (_title, overrides, expected) => {
    const indicators = overrides.declaredWeights?.some((d) => d.level === 2)
      ? SEED_001.indicators.map((row) => (row.name === "资金运行和管理" ? { ...row, level2: "资金" } : row))
      : (overrides.indicators ?? SEED_001.indicators);
    const result = scoreTable({ ...SEED_001, ...overrides, indicators }, MOF_2020, null);
    const mismatches = result.findings.filter((f) => f.code === "WEIGHT_SUM_MISMATCH");
    expect(mismatches.map((f) => [f.cell, ...Object.values(f.params)])).toEqual(expected);
  });

  it("counts the fund block's 分值 in a project table", () => {
    const result = scoreTable({ ...PROJECT, fund: { ...FUND, weight: 15 } }, MOF_2020, null);
    expect(result.findings.find((f) => f.code === "WEIGHT_SUM_MISMATCH")?.params).toEqual({
      scope: "全表",
      declared: 100,
      sum: 105,
    });
  });

  it("does not check a sum with a missing weight in it", () => {
    const missing = SEED_001.indicators.map((row, i) => (i === 0 ? { ...row, weight: null } : row));
    const result = scoreTable({ ...SEED_001, indicators: missing, declaredWeights: [] }, MOF_2020, null);
    expect(codesOf(result.findings)).toEqual(["WEIGHT_MISSING"]);
  });

  it("does not check a 二级 name found under two 一级", () => {
    const twice = SEED_001.indicators.map((row) => ({ ...row, level2: "满意度" }));
    const result = scoreTable(
      {
        ...SEED_001,
        indicators: twice,
        declaredWeights: [...SEED_001.declaredWeights, declared("满意度", 10, "B5", 2)],
      },
      MOF_2020,
      null,
    );
    expect(codesOf(result.findings)).toEqual([]);
  });
});

describe("scoreTable: the maximum", () => {
  it("flags a total above 100 when 加分 sits on top of it", () => {
    const indicators = [byHand("履职效能", "综合", 100, 100, 5), byHand("加分", "受表彰", 5, 5, 6)];
    const result = scoreTable(makeTable({ kind: "department", indicators }), MOF_2020, null);
    expect(result.total).toBe(105);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "TOTAL_OVER_MAX", cell: "G30", params: { total: 105, max: 100 } }),
    ]);
  });
});

describe("scoreTable: ratios reach the rows", () => {
  it("fills a ratio row from the budget table", () => {
    const row = makeRow({ level1: "过程", name: "预算执行率", targetText: "≥95%", weight: 100 });
    const result = scoreTable(makeTable({ indicators: [row] }), MOF_2020, { budgetExecutionRate: 0.99586 });
    expect(result.indicators[0]).toMatchObject({ filledActual: 99.59, score: 100 });
  });
});
