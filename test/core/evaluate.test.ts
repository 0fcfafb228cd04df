import { evaluateWorkbook } from "../../src/core/evaluate";
import type { ScoreTable, WorkbookModel } from "../../src/core/model";
import { computeRatios } from "../../src/core/ratios/computeRatios";
import { MOF_2020 } from "../../src/core/rules/mof2020";
import { budgetTable } from "./ratios/budgetTable";
import { makeRow, ref, SHEET } from "./scoring/makeRow";

const HUNAN_ADJUSTMENT = "=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分";

/** Seed 004's budget (922.56 → 797.14, 793.84 spent) with parts that miss the total by 0.10. */
const BUDGET = budgetTable([
  { label: "支出合计", key: "expenditureTotal", amounts: { initial: 922.56, adjusted: 797.14, executed: 793.84 } },
  { label: "基本支出", parent: 0, amounts: { executed: 500 } },
  { label: "项目支出", parent: 0, amounts: { executed: 293.74 } },
]);

/** A Hunan-style framework table with two ratio rows left for the budget table to fill. */
const TABLE: ScoreTable = {
  kind: "department",
  sheet: SHEET,
  title: "部门整体支出绩效自评表",
  fund: null,
  indicators: [
    makeRow({ level1: "过程", level2: "预算执行", name: "预算执行率", targetText: "≥95%", weight: 5 }),
    makeRow({
      level1: "过程",
      level2: "预算执行",
      name: "预算调整率",
      targetText: "",
      ruleText: HUNAN_ADJUSTMENT,
      weight: 3,
      at: { row: ref("C6"), actual: ref("E6"), weight: ref("F6"), score: ref("G6"), reason: ref("H6") },
    }),
  ],
  declaredWeights: [],
  enteredTotal: null,
  enteredGrade: null,
  hasBonus: false,
  at: { header: ref("A3") },
};

describe("evaluateWorkbook", () => {
  const result = evaluateWorkbook({ tables: [TABLE], budget: BUDGET }, MOF_2020);

  it("computes the ratios from the budget table", () => {
    expect(result.ratios).toEqual(computeRatios(BUDGET));
    expect(result.ruleSet).toBe(MOF_2020);
  });

  it("scores ratio rows with the budget's figures", () => {
    const [execution, adjustment] = result.tables[0].indicators;
    // 793.84 / 797.14 = 99.586 % → 99.59 written; ≥ 95 % → full 5.
    expect(execution.filledActual).toBe(99.59);
    expect(execution.score).toBe(5);
    // (797.14 − 922.56) / 922.56 = −13.59 %: a cut of 13.59 points, in (10, 20] → 1 of 3.
    expect(adjustment.filledActual).toBe(-13.59);
    expect(adjustment.score).toBe(1);
    expect(result.tables[0].total).toBe(6);
  });

  it("lists the budget's findings first, then each table's", () => {
    expect(result.findings[0]).toMatchObject({ code: "BUDGET_SUM_MISMATCH", cell: "E2" });
    expect(result.findings.slice(1)).toEqual(result.tables[0].findings);
    expect(result.findings.length).toBeGreaterThan(1);
  });

  it("works without a budget table: no ratios, nothing filled", () => {
    const model: WorkbookModel = { tables: [TABLE], budget: null };
    const alone = evaluateWorkbook(model, MOF_2020);
    expect(alone.ratios).toBeNull();
    expect(alone.tables[0].indicators.map((row) => row.filledActual)).toEqual([null, null]);
    expect(alone.findings).toEqual(alone.tables[0].findings);
  });

  it("gives an empty result for an empty workbook", () => {
    expect(evaluateWorkbook({ tables: [], budget: null }, MOF_2020)).toEqual({
      ruleSet: MOF_2020,
      tables: [],
      ratios: null,
      findings: [],
    });
  });
});
