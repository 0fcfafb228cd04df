import type { TableResult } from "../results";
import { section, type ReportContext } from "./context";
import { paragraph } from "./runs";
import { scoreTableData } from "./scoreTableData";
import type { ReportSection } from "./types";

/**
 * （一）自评结论: the total and grade of the main table (`综合评分为94.92分，评分等级为优`), the scores of the other
 * tables, and the score table per 一级指标.
 */
export function conclusionSection(ctx: ReportContext): ReportSection {
  const { text, main } = ctx;
  if (!main) return section(text.headings.conclusion, 2, [paragraph(text.conclusion.noTable)]);
  const verdict =
    main.table.kind === "department"
      ? text.conclusion.department(ctx.year, main.total, main.grade)
      : text.conclusion.project(titleOf(main, ctx), main.total, main.grade);
  const others = ctx.result.tables.flatMap((table) =>
    table !== main && table.total !== null && table.grade !== null
      ? [{ title: titleOf(table, ctx), total: table.total, grade: table.grade }]
      : [],
  );
  const paragraphs = [paragraph(verdict)];
  if (others.length > 0) paragraphs.push(paragraph(text.conclusion.others(others)));
  if (main.levels.length === 0) return section(text.headings.conclusion, 2, paragraphs);
  paragraphs.push(paragraph(text.conclusion.tableLead));
  const table = scoreTableData(main, text.conclusion.table);
  return section(text.headings.conclusion, 2, paragraphs, table);
}

/** A table's name in a sentence: its 项目名称 or title line. */
export function titleOf(table: TableResult, ctx: ReportContext): string {
  return table.table.title.trim() === "" ? ctx.text.conclusion.untitled : table.table.title.trim();
}
