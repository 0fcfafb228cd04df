import type { BudgetTable } from "../../../src/core/model";
import { readWorkbookModel } from "../../../src/workbook/read";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { sheet, workbook } from "../sheetBuilder";
import { referenceBudgetSheet, yantianBudgetSheet } from "./fixtures/budgetTables";

function budgetOf(...sheets: SheetSnapshot[]): BudgetTable {
  const { model } = readWorkbookModel(workbook(...sheets), () => undefined);
  expect(model.budget).not.toBeNull();
  return model.budget!;
}

describe("reading a budget table", () => {
  it("reads seed 004: 申报 / 调整后 / 实际支出 and 政府采购 typed as text", () => {
    const budget = budgetOf(yantianBudgetSheet());
    expect(budget.columns).toEqual(["initial", "adjusted", "executed"]);
    expect(budget.at.header).toEqual({ sheet: "预算执行", cell: "A3" });
    expect(budget.items).toEqual([
      {
        label: "支出合计",
        key: "expenditureTotal",
        parent: null,
        amounts: { initial: 922.56, adjusted: 797.14, executed: 793.84 },
        at: {
          row: { sheet: "预算执行", cell: "A4" },
          initial: { sheet: "预算执行", cell: "B4" },
          adjusted: { sheet: "预算执行", cell: "C4" },
          executed: { sheet: "预算执行", cell: "D4" },
        },
      },
      expect.objectContaining({
        label: "政府采购",
        key: "procurement",
        parent: null,
        amounts: { initial: 2.6, executed: 2.58 },
      }),
    ]);
  });

  describe("seed 002", () => {
    const budget = budgetOf(referenceBudgetSheet());
    const item = (label: string) => budget.items.find((candidate) => candidate.label === label);
    const indexOf = (label: string) => budget.items.findIndex((candidate) => candidate.label === label);

    it("reads every item row up to the note, with the four amount columns", () => {
      expect(budget.columns).toEqual(["initial", "adjustment", "adjusted", "executed"]);
      expect(budget.items).toHaveLength(15);
      expect(item("收入合计")?.amounts).toEqual({
        initial: 358.03,
        adjustment: -11.65,
        adjusted: 346.38,
        executed: 346.38,
      });
      expect(item("支出合计")?.amounts).toEqual({
        initial: 358.03,
        adjustment: -11.65,
        adjusted: 346.38,
        executed: 346.38,
      });
      expect(item("公用经费")).toMatchObject({ key: "publicFunds", amounts: { initial: 22.32, executed: 21.24 } });
    });

    it("places the income and expenditure parts under their totals", () => {
      const income = indexOf("收入合计");
      const expenditure = indexOf("支出合计");
      const parts = (parent: number) => budget.items.filter((candidate) => candidate.parent === parent);
      expect(parts(income).map((part) => part.amounts.executed)).toEqual([278.36, 41.76, 8.72, 17.54]);
      expect(parts(expenditure).map((part) => part.label)).toEqual([
        "一般公共服务支出",
        "社会保障和就业支出",
        "卫生健康支出",
        "住房保障支出",
      ]);
      expect(item("其中：公务接待费")).toMatchObject({ key: "officialReception", parent: indexOf("“三公”经费") });
    });

    it("reads head counts as top-level items", () => {
      expect(item("编制数（人）")).toMatchObject({ key: "authorisedStaff", parent: null, amounts: { executed: 14 } });
      expect(item("实有人数（人）")).toMatchObject({ key: "actualStaff", parent: null, amounts: { executed: 13 } });
    });
  });

  it("takes the first text column as the label column when the header has none, and joins blocks", () => {
    const budget = budgetOf(
      sheet("收支", [
        [null, "序号", null, "年初预算数", "全年执行数"],
        [null, "1", "基本支出", 100, 98],
        [null, "2", "项目支出", 50, 49],
      ]),
      sheet("三公", [
        ["科目", "预算数", "决算数"],
        ["三公经费", 3, 2.2],
        ["  公务接待费", 1, 0.7],
      ]),
    );
    expect(budget.sheet).toBe("收支");
    expect(budget.columns).toEqual(["initial", "executed"]);
    expect(budget.items.map((entry) => [entry.label, entry.parent, entry.at.row.cell])).toEqual([
      ["基本支出", null, "C2"],
      ["项目支出", null, "C3"],
      ["三公经费", null, "A2"],
      ["公务接待费", 2, "A3"],
    ]);
    expect(budget.items[3]?.at.row.sheet).toBe("三公");
  });

  it("is not fooled by the fund block of a project table", () => {
    const { model } = readWorkbookModel(
      workbook(
        sheet("项目", [
          ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度资金总额", 100, 100, 90, 10, "90%", 9],
          [],
          ["项目", "年初预算数", "全年执行数"],
          ["基本支出", 1, 1],
        ]),
      ),
      () => undefined,
    );
    expect(model.budget).toBeNull();
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0]?.fund).toMatchObject({ budget: 100, executed: 90, enteredRate: 0.9 });
  });
});
