import { checkBudget } from "../../../src/core/checks/checkBudget";
import type { BudgetTable } from "../../../src/core/model";
import { budgetTable, SEED_000, SEED_001, SEED_002, SEED_004, type RowSpec } from "../ratios/budgetTable";

/** The seed table with one row's amounts replaced. */
function broken(seed: BudgetTable, index: number, amounts: RowSpec["amounts"]): BudgetTable {
  return {
    ...seed,
    items: seed.items.map((item, at) => (at === index ? { ...item, amounts: { ...item.amounts, ...amounts } } : item)),
  };
}

const brief = (table: BudgetTable) => checkBudget(table).map((f) => ({ code: f.code, cell: f.cell, params: f.params }));

describe("checkBudget", () => {
  it.each([
    ["000: 基本支出 430.36 = 398.96 + 21.71 + 9.69, 编制 12 = 9 + 3", SEED_000],
    ["001: 本年度支出 1391.03 = 892.82 + 498.21, 基本支出 892.82 = 785.96 + 43.89 + 60.99 + 1.98", SEED_001],
    ["002: 346.38 = 278.36 + 41.76 + 8.72 + 17.54 and 358.03 − 11.65 = 346.38", SEED_002],
    ["004: 793.84 within 797.14; 2.58 within 2.6", SEED_004],
  ])("finds nothing wrong in seed %s", (_title, table) => {
    expect(checkBudget(table)).toEqual([]);
  });

  it.each([
    {
      title: "000 工资福利支出 398.86 under 基本支出 430.36",
      table: broken(SEED_000, 2, { executed: 398.86 }),
      expected: {
        code: "BUDGET_SUM_MISMATCH",
        cell: "E3",
        params: {
          item: "基本支出",
          column: "executed",
          stated: 430.36,
          sum: 430.26,
          parts: ["工资福利支出", "商品和服务支出", "对个人和家庭的补助"],
        },
      },
    },
    {
      title: "000 编制 stated 13 (a headcount, in 人)",
      table: broken(SEED_000, 6, { initial: 13 }),
      expected: {
        code: "BUDGET_SUM_MISMATCH",
        cell: "B8",
        params: { item: "编制数", column: "initial", stated: 13, sum: 12, parts: ["行政编制", "事业编制"], unit: "人" },
      },
    },
    {
      title: "001 本年度支出 stated 1391.13",
      table: broken(SEED_001, 2, { executed: 1391.13 }),
      expected: {
        code: "BUDGET_SUM_MISMATCH",
        cell: "E4",
        params: {
          item: "本年度支出",
          column: "executed",
          stated: 1391.13,
          sum: 1391.03,
          parts: ["基本支出", "项目支出"],
        },
      },
    },
    {
      title: "001 资本性支出 1.89 under 基本支出",
      table: broken(SEED_001, 7, { executed: 1.89 }),
      expected: {
        code: "BUDGET_SUM_MISMATCH",
        cell: "E5",
        params: {
          item: "基本支出",
          column: "executed",
          stated: 892.82,
          sum: 892.73,
          parts: ["工资福利支出", "商品和服务支出", "对个人和家庭的补助支出", "资本性支出"],
        },
      },
    },
    {
      title: "002 全年预算数 346.48 against 358.03 − 11.65",
      table: broken(SEED_002, 0, { adjusted: 346.48 }),
      expected: {
        code: "BUDGET_ADJUST_MISMATCH",
        cell: "D2",
        params: { item: "支出合计", initial: 358.03, adjustment: -11.65, adjusted: 346.48 },
      },
    },
    {
      title: "004 支出 800 above the adjusted 797.14",
      table: broken(SEED_004, 0, { executed: 800 }),
      expected: {
        code: "EXECUTION_OVER_BUDGET",
        cell: "E2",
        params: { item: "支出合计", budget: 797.14, executed: 800 },
      },
    },
    {
      title: "004 政府采购 2.7 above its initial 2.6 (no adjusted budget)",
      table: broken(SEED_004, 1, { executed: 2.7 }),
      expected: { code: "EXECUTION_OVER_BUDGET", cell: "E3", params: { item: "政府采购", budget: 2.6, executed: 2.7 } },
    },
  ])("flags $title at the stated cell", ({ table, expected }) => {
    expect(brief(table)).toEqual([expected]);
  });

  it("flags both levels when a subtotal itself is off (000 基本支出 430.46)", () => {
    expect(brief(broken(SEED_000, 1, { executed: 430.46 })).map((f) => [f.cell, f.params])).toEqual([
      ["E2", expect.objectContaining({ item: "支出合计", stated: 1193.76, sum: 1193.86 })],
      ["E3", expect.objectContaining({ item: "基本支出", stated: 430.46, sum: 430.36 })],
    ]);
  });

  it("flags a total in every column that disagrees, in table order", () => {
    const table = budgetTable([
      { label: "支出合计", key: "expenditureTotal", amounts: { initial: 100, executed: 90 } },
      { label: "基本支出", parent: 0, amounts: { initial: 60, executed: 50 } },
      { label: "项目支出", parent: 0, amounts: { initial: 30, executed: 30 } },
    ]);
    expect(brief(table).map((f) => [f.code, f.cell])).toEqual([
      ["BUDGET_SUM_MISMATCH", "B2"],
      ["BUDGET_SUM_MISMATCH", "E2"],
    ]);
  });

  it("accepts a difference under half a fen and counts blank parts as nothing", () => {
    const table = budgetTable([
      { label: "支出合计", key: "expenditureTotal", amounts: { initial: 100.004, executed: 60 } },
      { label: "基本支出", parent: 0, amounts: { initial: 70, executed: 60 } },
      { label: "项目支出", parent: 0, amounts: { initial: 30 } },
    ]);
    expect(checkBudget(table)).toEqual([]);
  });

  it("does not sum a column that only the total fills", () => {
    const table = budgetTable([
      { label: "支出合计", key: "expenditureTotal", amounts: { initial: 100, executed: 90 } },
      { label: "基本支出", parent: 0, amounts: { executed: 60 } },
      { label: "项目支出", parent: 0, amounts: { executed: 30 } },
    ]);
    expect(checkBudget(table)).toEqual([]);
  });

  it.each<[string, RowSpec[]]>([
    ["a headcount", [{ label: "在职人数", key: "actualStaff", amounts: { initial: 10, executed: 12 } }]],
    [
      "a part of a headcount",
      [
        { label: "编制数", key: "authorisedStaff", amounts: { initial: 3 } },
        { label: "行政编制", parent: 0, amounts: { initial: 3, executed: 4 } },
      ],
    ],
    ["fixed assets", [{ label: "固定资产", key: "fixedAssetsTotal", amounts: { initial: 50, executed: 55 } }]],
    [
      "income above its budget",
      [{ label: "收入合计", key: "incomeTotal", amounts: { initial: 1000, executed: 1106 } }],
    ],
  ])("does not call %s over budget", (_title, rows) => {
    expect(checkBudget(budgetTable(rows))).toEqual([]);
  });

  it("survives a parent chain that loops back on itself", () => {
    const table = budgetTable([
      { label: "甲", parent: 1, amounts: { executed: 5 } },
      { label: "乙", parent: 0, amounts: { executed: 5 } },
    ]);
    expect(checkBudget(table)).toEqual([]);
  });
});
