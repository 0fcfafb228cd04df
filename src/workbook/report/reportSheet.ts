import { plainText } from "../../core/report/runs";
import type { Report, ReportParagraph, ReportSection, ScoreTableData, ScoreTableRow } from "../../core/report/types";
import type { ChartSpec, OwnedSheet, SheetCell } from "../plan";
import { HEADER_FILL, PLACEHOLDER_FILL } from "../write/colors";

/** The name of the sheet holding the narrative. */
export const REPORT_SHEET_NAME = "自评报告";

/**
 * Column A holds the text; B–D hold the score table's 分值, 得分, 得分率. About 36 Chinese characters a line (a printed
 * report has 28–35), and the four columns together stay within an A4 page's width.
 */
const COLUMN_WIDTHS = [72, 8, 8, 8];

/** Title and heading sizes in points; paragraphs keep the sheet's default. */
const TITLE_SIZE = 16;
const HEADING_SIZE: { readonly [L in ReportSection["level"]]: number } = { 1: 14, 2: 12, 3: 11, 4: 11 };

/** A paragraph's first line is indented two characters, as in the printed report; a cell cannot indent, so spaces do. */
const FIRST_LINE_INDENT = "\u3000\u3000";

/** The chart stands right of the score table, clear of the text column. */
const CHART_COLUMN = 5;

/**
 * The 自评报告 sheet, readable on screen and in print: the title, the cover lines, then each heading (bold, larger
 * by level) and its paragraphs (wrapped, one cell each, yellow where a placeholder waits for a person), the score
 * table as real cells (一级指标 | 分值 | 得分 | 得分率) and a chart of score against weight per 一级指标 beside it.
 * Every value is a plain string or number; hosts write strings as text, never as formulas.
 */
export function reportSheet(report: Report, name: string = REPORT_SHEET_NAME): OwnedSheet {
  const rows: SheetCell[][] = [[{ value: report.title, bold: true, size: TITLE_SIZE }]];
  rows.push(...report.cover.map((line) => [{ value: plainText(line.runs) }]));
  let chart: ChartSpec | undefined;
  for (const section of report.sections) {
    if (section.level === 1) rows.push([]);
    rows.push([{ value: section.heading, bold: true, size: HEADING_SIZE[section.level] }]);
    rows.push(...section.paragraphs.map(paragraphRow));
    if (section.table) {
      chart ??= chartOver(section.table, rows.length);
      rows.push(...tableRows(section.table));
    }
  }
  const sheet: OwnedSheet = { name, purpose: "report", visibility: "visible", rows, columnWidths: COLUMN_WIDTHS };
  return chart ? { ...sheet, chart } : sheet;
}

function paragraphRow(paragraph: ReportParagraph): SheetCell[] {
  const value = FIRST_LINE_INDENT + plainText(paragraph.runs);
  const waiting = paragraph.runs.some((run) => run.kind === "placeholder");
  return [waiting ? { value, wrap: true, fill: PLACEHOLDER_FILL } : { value, wrap: true }];
}

function tableRows(table: ScoreTableData): SheetCell[][] {
  const header = table.header.map((value): SheetCell => ({ value, bold: true, fill: HEADER_FILL }));
  return [header, ...table.rows.map((row) => tableRow(row, false)), tableRow(table.total, true)];
}

function tableRow(row: ScoreTableRow, bold: boolean): SheetCell[] {
  const cell = (value: number | string | null, numberFormat?: string): SheetCell => ({
    value,
    ...(numberFormat !== undefined && value !== null ? { numberFormat } : {}),
    ...(bold ? { bold } : {}),
  });
  return [cell(row.name), cell(row.weight, "0.00"), cell(row.score, "0.00"), cell(row.rate, "0.00%")];
}

/** Score against weight per 一级指标: the header and level rows, columns 一级指标 | 分值 | 得分 (合计 left out). */
function chartOver(table: ScoreTableData, headerRow: number): ChartSpec {
  return {
    title: table.title,
    data: { top: headerRow, left: 0, bottom: headerRow + table.rows.length, right: 2 },
    anchor: { row: headerRow, col: CHART_COLUMN },
  };
}
