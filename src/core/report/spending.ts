import { section, type ReportContext } from "./context";
import { figuresByKey, type ItemFigures } from "./itemFigures";
import { paragraph } from "./runs";
import type { AmountLine } from "./text.zh";
import type { ReportRun, ReportSection } from "./types";

/**
 * （四）部门整体支出情况, from the budget table's 决算 (全年执行数) column: 收入 and 支出 with the items under them (基本 /
 * 项目, 工资福利 / 商品和服务 / 对个人和家庭 / 资本性, or the functional classes), “三公”经费, 公用经费, 政府采购.
 * A sentence is written only when its figure is in the table.
 */
export function spendingSection(ctx: ReportContext): ReportSection {
  const { text, budget, year } = ctx;
  const sentences: ReportRun[][] = [];
  const income = figuresByKey(budget, "incomeTotal", "fiscalIncome");
  if (income?.executed != null) sentences.push(text.spending.income(year, income.executed, amountLines(income.parts)));
  const expenditure = figuresByKey(budget, "expenditureTotal");
  if (expenditure?.executed != null) {
    const rate = ctx.result.ratios?.budgetExecutionRate ?? null;
    sentences.push(text.spending.expenditure(year, expenditure.executed, rate, amountLines(expenditure.parts)));
  } else {
    const parts = amountLines(
      [figuresByKey(budget, "basicExpenditure"), figuresByKey(budget, "projectExpenditure")].filter(isPresent),
    );
    if (parts.length > 0) sentences.push(text.spending.expenditureParts(year, parts));
  }
  const threePublic = figuresByKey(budget, "threePublic");
  if (threePublic?.executed != null) {
    const { executed, budget: planned, parts, prior } = threePublic;
    sentences.push(text.spending.threePublic(executed, planned, amountLines(parts), prior));
  }
  const publicFunds = figuresByKey(budget, "publicFunds");
  if (publicFunds?.executed != null)
    sentences.push(text.spending.publicFunds(publicFunds.initial, publicFunds.executed));
  const procurement = figuresByKey(budget, "procurement");
  if (procurement?.executed != null)
    sentences.push(text.spending.procurement(procurement.budget, procurement.executed));
  const paragraphs =
    sentences.length > 0
      ? sentences.map((sentence, index) => paragraph(text.spending.numbered(index + 1, sentence)))
      : [paragraph(text.spending.missing)];
  return section(text.headings.spending, 2, paragraphs);
}

/** The parts with a 决算 figure, each with its own parts. */
function amountLines(parts: readonly ItemFigures[]): AmountLine[] {
  return parts.flatMap((part) =>
    part.executed === null ? [] : [{ name: part.name, amount: part.executed, parts: amountLines(part.parts) }],
  );
}

function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
