import { blanks, cell, figure, head, SheetBuilder, title, wrapped } from "./sheetBuilder";
import type { Entry, TemplateSheet } from "./types";

/** One item row: its label as printed (indentation and `其中：` included) and its amounts in column order. */
export type BudgetLine = { readonly label: string; readonly amounts?: readonly Entry[] };

/** A 预算收支表 (SPEC 2.3): item rows × amount columns. */
export type BudgetTableSpec = {
  readonly sheetName: string;
  readonly title: string;
  readonly subtitle: string;
  /** The amount columns' header labels (`年初预算数`, `调整预算数`, `全年预算数`, `全年执行数`, …). */
  readonly columns: readonly string[];
  readonly items: readonly BudgetLine[];
  readonly notes?: readonly string[];
};

/** The amount columns of the standard table. */
export const STANDARD_BUDGET_COLUMNS = ["年初预算数", "调整预算数", "全年预算数", "全年执行数", "上年执行数"];

/**
 * The items of SPEC 2.3, nested by indentation (an ideographic space is two columns) and `其中：`, the way the
 * finance forms print them: a part sits under the text of its total, siblings aligned under the first part.
 */
export const STANDARD_BUDGET_ITEMS: readonly string[] = [
  "收入合计",
  "　　其中：财政拨款收入",
  "支出合计",
  "　　基本支出",
  "　　　　其中：工资福利支出",
  "　　　　　　　商品和服务支出",
  "　　　　　　　对个人和家庭的补助",
  "　　　　　　　资本性支出",
  "　　项目支出",
  "三公经费",
  "　　其中：因公出国（境）费",
  "　　　　　公务用车购置及运行费",
  "　　　　　公务接待费",
  "公用经费",
  "政府采购",
  "编制数（人）",
  "在职人数（人）",
  "固定资产总额",
  "　　其中：在用固定资产",
  "结转结余",
];

const AMOUNT = "#,##0.00";

/** Lays out a budget table: title, unit line, header, one row per item, notes. */
export function budgetTable(spec: BudgetTableSpec): TemplateSheet {
  const width = spec.columns.length + 1;
  const last = width - 1;
  const sheet = new SheetBuilder(spec.sheetName, [34, ...spec.columns.map(() => 14)]);
  sheet.row([title(spec.title), ...blanks(last)], [{ from: 0, to: last }]);
  sheet.row([cell(spec.subtitle), ...blanks(last - 1), cell("单位：万元")], [{ from: 0, to: last - 1 }]);
  sheet.row([head("项目"), ...spec.columns.map(head)]);
  for (const item of spec.items) {
    const amounts = spec.columns.map((_, c) => figure(item.amounts?.[c] ?? null, AMOUNT));
    sheet.row([cell(item.label), ...amounts]);
  }
  for (const note of spec.notes ?? []) sheet.row([wrapped(note), ...blanks(last)], [{ from: 0, to: last }]);
  return sheet.build();
}
