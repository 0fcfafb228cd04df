import { computeRatios } from "../../../src/core/ratios/computeRatios";
import type { Ratios } from "../../../src/core/results";
import { budgetTable, SEED_000, SEED_001, SEED_002, SEED_004 } from "./budgetTable";

describe("computeRatios", () => {
  it.each<[string, Ratios, keyof Ratios, number]>([
    // [title, ratios, key, expected fraction]
    ["004 预算执行率 = 793.84 / 797.14 (adjusted)", computeRatios(SEED_004), "budgetExecutionRate", 793.84 / 797.14],
    ["004 预算调整率 = (797.14 − 922.56) / 922.56", computeRatios(SEED_004), "budgetAdjustmentRate", -0.1359478],
    ["004 政府采购执行率 = 2.58 / 2.6", computeRatios(SEED_004), "procurementExecutionRate", 0.9923077],
    ["002 公用经费控制率 = 21.24 / 22.32", computeRatios(SEED_002), "publicFundsControlRate", 0.9516129],
    ["002 预算调整率 = −11.65 / 358.03", computeRatios(SEED_002), "budgetAdjustmentRate", -0.0325392],
    ["002 预算执行率 = 346.38 / 346.38", computeRatios(SEED_002), "budgetExecutionRate", 1],
    ["002 在职人员控制率 = 13 / 14", computeRatios(SEED_002), "staffControlRate", 13 / 14],
    ["000 在职人员控制率 = 10 / 12", computeRatios(SEED_000), "staffControlRate", 10 / 12],
  ])("%s", (_title, ratios, key, expected) => {
    expect(ratios[key]).toBeCloseTo(expected, 6);
  });

  it("gives the seed 004 figures as the report prints them", () => {
    const ratios = computeRatios(SEED_004);
    expect((ratios.budgetExecutionRate ?? 0) * 100).toBeCloseTo(99.59, 2);
    expect((ratios.procurementExecutionRate ?? 0) * 100).toBeCloseTo(99.23, 2);
  });

  it("reads 全年预算数 as 年初 + 调整 when the table has no adjusted column (seed 002)", () => {
    const ratios = computeRatios(
      budgetTable([
        {
          label: "支出合计",
          key: "expenditureTotal",
          amounts: { initial: 358.03, adjustment: -11.65, executed: 346.38 },
        },
      ]),
    );
    expect(ratios.budgetExecutionRate).toBeCloseTo(1, 10);
    expect(ratios.budgetAdjustmentRate).toBeCloseTo(-11.65 / 358.03, 10);
  });

  it("computes the ratios from 三公, fixed assets, carry-over and income", () => {
    const ratios = computeRatios(
      budgetTable([
        { label: "支出合计", key: "expenditureTotal", amounts: { initial: 500, adjusted: 400, executed: 380 } },
        { label: "财政拨款收入", key: "fiscalIncome", amounts: { initial: 1000, executed: 1106 } },
        { label: "三公经费", key: "threePublic", amounts: { initial: 2.5, adjusted: 2, executed: 2.2, prior: 2.75 } },
        { label: "固定资产（在用）", key: "fixedAssetsInUse", amounts: { executed: 99.4 } },
        { label: "固定资产总额", key: "fixedAssetsTotal", amounts: { executed: 100 } },
        { label: "结转结余", key: "carryover", amounts: { executed: 20 } },
      ]),
    );
    expect(ratios.threePublicControlRate).toBeCloseTo(2.2 / 2, 10); // against the adjusted budget, not the initial
    expect(ratios.threePublicChangeRate).toBeCloseTo((2.2 - 2.75) / 2.75, 10); // −0.2: a fall
    expect(ratios.finalVsBudgetVarianceRate).toBeCloseTo(0.106, 10); // |1106 − 1000| / 1000
    expect(ratios.fixedAssetUtilizationRate).toBeCloseTo(0.994, 10);
    expect(ratios.carryoverRate).toBeCloseTo(20 / 400, 10);
    expect(ratios.budgetExecutionRate).toBeCloseTo(0.95, 10);
  });

  it("takes 三公经费控制率 against the initial budget when there is no adjusted one", () => {
    const ratios = computeRatios(
      budgetTable([{ label: "三公经费", key: "threePublic", amounts: { initial: 2.5, executed: 2 } }]),
    );
    expect(ratios.threePublicControlRate).toBeCloseTo(0.8, 10);
  });

  it("measures 预算执行率 on the income rows when there is no expenditure row", () => {
    const ratios = computeRatios(
      budgetTable([{ label: "收入合计", key: "incomeTotal", amounts: { adjusted: 1400, executed: 1391.03 } }]),
    );
    expect(ratios.budgetExecutionRate).toBeCloseTo(1391.03 / 1400, 10);
  });

  it("leaves 预算执行率 absent for seed 001, which states no budget figure", () => {
    expect(computeRatios(SEED_001).budgetExecutionRate).toBeUndefined();
  });

  it("reads 预决算差异率 as an absolute difference", () => {
    const ratios = computeRatios(
      budgetTable([{ label: "收入合计", key: "incomeTotal", amounts: { initial: 200, executed: 180 } }]),
    );
    expect(ratios.finalVsBudgetVarianceRate).toBeCloseTo(0.1, 10);
  });

  it.each<[string, Parameters<typeof budgetTable>[0], keyof Ratios]>([
    [
      "a zero denominator",
      [
        { label: "编制数", key: "authorisedStaff", amounts: { initial: 0 } },
        { label: "在职人数", key: "actualStaff", amounts: { initial: 3 } },
      ],
      "staffControlRate",
    ],
    [
      "a missing numerator",
      [{ label: "政府采购", key: "procurement", amounts: { initial: 2.6 } }],
      "procurementExecutionRate",
    ],
    [
      "a missing prior-year figure",
      [{ label: "三公经费", key: "threePublic", amounts: { initial: 2, executed: 2 } }],
      "threePublicChangeRate",
    ],
    [
      "a missing item",
      [{ label: "支出合计", key: "expenditureTotal", amounts: { executed: 10 } }],
      "publicFundsControlRate",
    ],
    [
      "an execution with no budget at all",
      [{ label: "支出合计", key: "expenditureTotal", amounts: { executed: 10 } }],
      "budgetExecutionRate",
    ],
  ])("leaves a ratio absent on %s", (_title, rows, key) => {
    expect(key in computeRatios(budgetTable(rows))).toBe(false);
  });

  it("gives an empty object for an empty table", () => {
    expect(computeRatios(budgetTable([]))).toEqual({});
  });
});
