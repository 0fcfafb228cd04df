import type { BudgetColumn, BudgetItemKey, BudgetTable } from "../../../src/core/model";

/** One row of a budget table as a test writes it. */
export type RowSpec = {
  readonly label: string;
  readonly key?: BudgetItemKey;
  readonly parent?: number;
  readonly amounts: { readonly [C in BudgetColumn]?: number };
};

/** Where each column sits in the test tables: 年初 B, 调整 C, 全年预算 D, 执行 E, 上年 F. */
export const COLUMN_LETTERS: { readonly [C in BudgetColumn]: string } = {
  initial: "B",
  adjustment: "C",
  adjusted: "D",
  executed: "E",
  prior: "F",
};

/** A 预算收支表 on sheet `预算收支表`, header in row 1, item i in row i + 2. */
export function budgetTable(rows: readonly RowSpec[]): BudgetTable {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.amounts) as BudgetColumn[]))];
  return {
    sheet: "预算收支表",
    columns,
    at: { header: { sheet: "预算收支表", cell: "A1" } },
    items: rows.map((row, index) => {
      const line = index + 2;
      const cells = Object.fromEntries(
        (Object.keys(row.amounts) as BudgetColumn[]).map((column) => [
          column,
          { sheet: "预算收支表", cell: `${COLUMN_LETTERS[column]}${line}` },
        ]),
      );
      return {
        label: row.label,
        key: row.key ?? null,
        parent: row.parent ?? null,
        amounts: row.amounts,
        at: { row: { sheet: "预算收支表", cell: `A${line}` }, ...cells },
      };
    }),
  };
}

/** Seed 000 (望城区信访局 2023): 基本支出 430.36 = 398.96 + 21.71 + 9.69; 编制 12 = 9 + 3, 在职 10. */
export const SEED_000 = budgetTable([
  { label: "支出合计", key: "expenditureTotal", amounts: { executed: 1193.76 } },
  { label: "基本支出", key: "basicExpenditure", parent: 0, amounts: { executed: 430.36 } },
  { label: "工资福利支出", key: "personnel", parent: 1, amounts: { executed: 398.96 } },
  { label: "商品和服务支出", key: "goodsAndServices", parent: 1, amounts: { executed: 21.71 } },
  { label: "对个人和家庭的补助", key: "householdSubsidies", parent: 1, amounts: { executed: 9.69 } },
  { label: "项目支出", key: "projectExpenditure", parent: 0, amounts: { executed: 763.4 } },
  { label: "编制数", key: "authorisedStaff", amounts: { initial: 12 } },
  { label: "行政编制", parent: 6, amounts: { initial: 9 } },
  { label: "事业编制", parent: 6, amounts: { initial: 3 } },
  { label: "在职人数", key: "actualStaff", amounts: { initial: 10 } },
]);

/** Seed 001 (花都区信访局 2021): 本年度支出 1391.03 = 892.82 + 498.21; 基本支出 = 785.96 + 43.89 + 60.99 + 1.98. */
export const SEED_001 = budgetTable([
  { label: "本年度收入", key: "incomeTotal", amounts: { executed: 1391.03 } },
  { label: "一般公共预算财政拨款收入", key: "fiscalIncome", parent: 0, amounts: { executed: 1391.03 } },
  { label: "本年度支出", key: "expenditureTotal", amounts: { executed: 1391.03 } },
  { label: "基本支出", key: "basicExpenditure", parent: 2, amounts: { executed: 892.82 } },
  { label: "工资福利支出", key: "personnel", parent: 3, amounts: { executed: 785.96 } },
  { label: "商品和服务支出", key: "goodsAndServices", parent: 3, amounts: { executed: 43.89 } },
  { label: "对个人和家庭的补助支出", key: "householdSubsidies", parent: 3, amounts: { executed: 60.99 } },
  { label: "资本性支出", key: "capital", parent: 3, amounts: { executed: 1.98 } },
  { label: "项目支出", key: "projectExpenditure", parent: 2, amounts: { executed: 498.21 } },
]);

/** Seed 002 (市信访局 2024): 年初 358.03, 调整 −11.65, 执行 346.38 = 278.36 + 41.76 + 8.72 + 17.54; 公用 21.24 / 22.32. */
export const SEED_002 = budgetTable([
  {
    label: "支出合计",
    key: "expenditureTotal",
    amounts: { initial: 358.03, adjustment: -11.65, adjusted: 346.38, executed: 346.38 },
  },
  { label: "一般公共服务", parent: 0, amounts: { executed: 278.36 } },
  { label: "社会保障和就业", parent: 0, amounts: { executed: 41.76 } },
  { label: "卫生健康支出", parent: 0, amounts: { executed: 8.72 } },
  { label: "住房保障", parent: 0, amounts: { executed: 17.54 } },
  { label: "公用经费", key: "publicFunds", amounts: { initial: 22.32, executed: 21.24 } },
  { label: "编制数", key: "authorisedStaff", amounts: { initial: 14 } },
  { label: "在职人数", key: "actualStaff", amounts: { initial: 13 } },
]);

/** Seed 004 (盐田区信访局 2023): 申报 922.56, 调整后 797.14, 支出 793.84; 政府采购 2.58 of 2.6. */
export const SEED_004 = budgetTable([
  { label: "支出合计", key: "expenditureTotal", amounts: { initial: 922.56, adjusted: 797.14, executed: 793.84 } },
  { label: "政府采购", key: "procurement", amounts: { initial: 2.6, executed: 2.58 } },
]);
