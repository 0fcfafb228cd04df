import { amountOf, itemByKey, STOCK_COLUMNS } from "../ratios/budgetFigures";
import type { BudgetItemKey } from "../model";
import { section, type ReportContext } from "./context";
import { paragraphsOf } from "./listItems";
import { paragraph, text as textRun } from "./runs";
import type { ReportParagraph, ReportRun, ReportSection } from "./types";

/** A head count typed as one (`14`, `14人`, `14名`); anything else is a sentence and stays text. */
const HEAD_COUNT = /^\s*(\d+)\s*[人名]?\s*$/;

/**
 * 一、部门基本情况 from the 基本情况 block: 主要职能 numbered (1), (2)…, 机构设置, 人员编制 (the budget table's 编制数
 * and 实有人数 when the block has none), 年度工作任务 and 绩效目标; placeholders for what the workbook does not say.
 */
export function basicsSections(ctx: ReportContext): ReportSection[] {
  const { text, facts } = ctx;
  const functions = facts.functions ?? [];
  const duties =
    functions.length > 0
      ? functions.map((duty, index) => paragraph(text.basics.function(index + 1, duty)))
      : [paragraph(text.basics.functionsMissing)];
  const staff = text.basics.staff(
    headCount(facts.authorisedStaff, ctx, "authorisedStaff"),
    headCount(facts.actualStaff, ctx, "actualStaff"),
  );
  return [
    section(text.headings.basics, 1, []),
    section(text.headings.duties, 2, []),
    section(text.headings.functions, 3, duties),
    section(text.headings.organisation, 3, textOr(facts.organisation, text.basics.organisationMissing)),
    section(text.headings.staff, 3, [paragraph(staff)]),
    section(text.headings.tasks, 2, textOr(facts.tasks, text.basics.tasksMissing)),
    section(text.headings.goal, 2, textOr(facts.goal, text.basics.goalMissing)),
  ];
}

/** A person's text, one paragraph per line, or the placeholder. */
function textOr(value: string | undefined, missing: readonly ReportRun[]): ReportParagraph[] {
  const lines = paragraphsOf(value ?? "");
  return lines.length > 0 ? lines.map((line) => paragraph([textRun(line)])) : [paragraph(missing)];
}

/** The block's head count (a number when typed as one), else the budget table's, else null. */
function headCount(
  typed: string | undefined,
  ctx: ReportContext,
  key: Extract<BudgetItemKey, "authorisedStaff" | "actualStaff">,
): number | string | null {
  if (typed !== undefined && typed.trim() !== "") {
    const count = HEAD_COUNT.exec(typed)?.[1];
    return count === undefined ? typed.trim() : Number(count);
  }
  return ctx.budget ? amountOf(itemByKey(ctx.budget, key), STOCK_COLUMNS) : null;
}
