import { RATIO_LABELS } from "../ratios/ratioNames";
import { spendingItem } from "../ratios/budgetFigures";
import type { RatioKey } from "../results";
import { titleOf } from "./conclusion";
import { section, type ReportContext } from "./context";
import { figuresByKey, figuresOf, type ItemFigures } from "./itemFigures";
import { paragraph } from "./runs";
import type { ReportParagraph, ReportRun, ReportSection } from "./types";

/** Ratios told with their own figures, or in 预算编制情况; the others are told by their rate alone. */
const TOLD_ELSEWHERE: ReadonlySet<RatioKey> = new Set([
  "budgetExecutionRate",
  "budgetAdjustmentRate",
  "procurementExecutionRate",
]);

/**
 * 1.预算编制情况: 年初预算数, 调整预算数, 全年预算数, 全年执行数, 结余 (全年预算数 − 全年执行数) and 预算调整率 of the
 * item spending is measured on; then a placeholder for how the budget was drawn up.
 */
export function budgetingSection(ctx: ReportContext): ReportSection {
  const { text } = ctx;
  const figures = spendingFigures(ctx);
  const balance = figures?.budget != null && figures.executed !== null ? figures.budget - figures.executed : null;
  const shown = {
    initial: figures?.initial ?? null,
    adjustment: figures?.adjustment ?? null,
    budget: figures?.budget ?? null,
    executed: figures?.executed ?? null,
    balance,
    adjustmentRate: ctx.result.ratios?.budgetAdjustmentRate ?? null,
  };
  const any = Object.values(shown).some((value) => value !== null);
  const lead = any ? text.budgeting.figures(ctx.year, shown) : text.budgeting.figuresMissing;
  return section(text.headings.budgeting, 3, [paragraph(lead), paragraph(text.budgeting.narrative)]);
}

/**
 * 2.预算执行情况: 预算执行率 and 政府采购执行率 with their figures, each project's 执行率, the other standard ratios
 * by their rate; then a placeholder for 资金、项目、采购、资产管理 and 信息公开.
 */
export function executionSection(ctx: ReportContext): ReportSection {
  const { text } = ctx;
  const ratios = ctx.result.ratios ?? {};
  const sentences: ReportRun[][] = [];
  const told = (rate: number | undefined, figures: ItemFigures | null) =>
    rate !== undefined && figures?.budget != null && figures.executed !== null
      ? { budget: figures.budget, executed: figures.executed, rate }
      : null;
  const execution = told(ratios.budgetExecutionRate, spendingFigures(ctx));
  if (execution) sentences.push(text.execution.budget(execution.budget, execution.executed, execution.rate));
  for (const table of ctx.result.tables) {
    const fund = table.fund;
    // A department table's fund block is the budget the sentence above already told.
    if (fund?.rate == null || (table.table.kind === "department" && execution)) continue;
    sentences.push(
      text.execution.fund(titleOf(table, ctx), fund.fund.budget, fund.fund.executed, fund.rate, fund.score),
    );
  }
  const procurement = told(ratios.procurementExecutionRate, figuresByKey(ctx.budget, "procurement"));
  if (procurement)
    sentences.push(text.execution.procurement(procurement.budget, procurement.executed, procurement.rate));
  for (const key of Object.keys(RATIO_LABELS) as RatioKey[]) {
    const rate = ratios[key];
    if (rate !== undefined && !TOLD_ELSEWHERE.has(key)) sentences.push(text.execution.ratio(RATIO_LABELS[key], rate));
  }
  const paragraphs: ReportParagraph[] =
    sentences.length > 0 ? sentences.map((sentence) => paragraph(sentence)) : [paragraph(text.execution.missing)];
  return section(text.headings.execution, 3, [...paragraphs, paragraph(text.execution.narrative)]);
}

/** The figures of the item spending is measured on (支出合计, else 收入合计). */
function spendingFigures(ctx: ReportContext): ItemFigures | null {
  const spending = ctx.budget ? spendingItem(ctx.budget) : null;
  return ctx.budget && spending ? figuresOf(ctx.budget, spending) : null;
}
