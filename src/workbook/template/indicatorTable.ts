import { COLUMN_LABEL } from "../read/columnLabels";
import type { SheetCell } from "../plan";
import { blanks, cell, figure, head, SheetBuilder, title, wrapped } from "./sheetBuilder";
import type { Entry, TemplateSheet } from "./types";

/** One 三级指标 row. Empty fields are left blank for a person (or the add-in) to fill. */
export type IndicatorLine = {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target?: Entry;
  readonly actual?: Entry;
  /** Number format of the actual cell (`0%`: a fraction shown as a percentage, as people enter rates). */
  readonly actualFormat?: string;
  readonly weight?: Entry;
  readonly score?: Entry;
  readonly reason?: Entry;
};

/** One row of the fund block (年度资金总额, 其中：当年财政拨款, …). */
export type FundLine = {
  readonly label: string;
  readonly initialBudget?: Entry;
  readonly budget?: Entry;
  readonly executed?: Entry;
  readonly weight?: Entry;
  readonly rate?: Entry;
  readonly score?: Entry;
};

/** A label and its value; two on a line share it (`主管部门 | … | 实施单位 | …`). */
export type InfoLine = readonly [string, Entry] | readonly [string, Entry, string, Entry];

/** The header labels of the indicator block, which hand-made forms word differently (`年度\n指标值`). */
export type IndicatorHeader = {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
  readonly score: string;
  readonly reason: string;
};

/** A project table (SPEC 2.1) or a department table in the same layout (SPEC 2.2), as printed. */
export type IndicatorTableSpec = {
  readonly sheetName: string;
  readonly title: string;
  /** The line under the title: `（2023年度）`. */
  readonly subtitle: string;
  /** A bold heading above the info lines (`基本情况`); none in the project form. */
  readonly infoHeading?: string;
  readonly info: readonly InfoLine[];
  readonly fund: readonly FundLine[];
  readonly goals: { readonly expected: Entry; readonly actual: Entry };
  readonly indicators: readonly IndicatorLine[];
  readonly total: { readonly weight: Entry; readonly score: Entry };
  readonly grade: Entry;
  /** Lines of notes under the table (填表说明). */
  readonly notes?: readonly string[];
  readonly header?: Partial<IndicatorHeader>;
};

/** The national form's header, in the very labels the reader looks for, so a template is always read back. */
export const STANDARD_HEADER: IndicatorHeader = {
  level1: COLUMN_LABEL.level1,
  level2: COLUMN_LABEL.level2,
  name: COLUMN_LABEL.name,
  target: COLUMN_LABEL.target,
  actual: COLUMN_LABEL.actual,
  weight: COLUMN_LABEL.weight,
  score: COLUMN_LABEL.score,
  reason: COLUMN_LABEL.reason,
};

const WIDTH = 8;
const LAST = WIDTH - 1;
const AMOUNT = "#,##0.00";
const SCORE = "0.00";
const RATE = "0.00%";

function infoLine(sheet: SheetBuilder, line: InfoLine): void {
  if (line.length === 2) {
    sheet.row([head(line[0]), wrapped(line[1]), ...blanks(WIDTH - 2)], [{ from: 1, to: LAST }]);
    return;
  }
  const [label, value, label2, value2] = line;
  sheet.row(
    [head(label), wrapped(value), ...blanks(2), head(label2), wrapped(value2), ...blanks(2)],
    [
      { from: 1, to: 3 },
      { from: 5, to: LAST },
    ],
  );
}

function fundBlock(sheet: SheetBuilder, lines: readonly FundLine[]): void {
  const labels = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
  sheet.row(labels.map(head), [{ from: 0, to: 1 }]);
  for (const line of lines) {
    sheet.row(
      [
        head(line.label),
        cell(null),
        figure(line.initialBudget ?? null, AMOUNT),
        figure(line.budget ?? null, AMOUNT),
        figure(line.executed ?? null, AMOUNT),
        figure(line.weight ?? null, SCORE),
        figure(line.rate ?? null, RATE),
        figure(line.score ?? null, SCORE),
      ],
      [{ from: 0, to: 1 }],
    );
  }
}

function goalsBlock(sheet: SheetBuilder, goals: IndicatorTableSpec["goals"]): void {
  const top = sheet.nextRow;
  sheet.row(
    [head("年度总体目标"), head("预期目标"), ...blanks(3), head("实际完成情况"), ...blanks(2)],
    [
      { from: 1, to: 4 },
      { from: 5, to: LAST },
    ],
  );
  sheet.row(
    [cell(null), wrapped(goals.expected), ...blanks(3), wrapped(goals.actual), ...blanks(2)],
    [
      { from: 1, to: 4 },
      { from: 5, to: LAST },
    ],
  );
  sheet.merge(top, 0, top + 1, 0);
}

function indicatorBlock(sheet: SheetBuilder, spec: IndicatorTableSpec): void {
  const h = { ...STANDARD_HEADER, ...spec.header };
  sheet.row([h.level1, h.level2, h.name, h.target, h.actual, h.weight, h.score, h.reason].map(head));
  const top = sheet.nextRow;
  spec.indicators.forEach((line, i) => {
    // A merged label lives in its first cell only; the cells it covers stay empty, as Excel stores them.
    const previous = spec.indicators[i - 1];
    const sameLevel1 = previous?.level1 === line.level1;
    const sameLevel2 = sameLevel1 && previous?.level2 === line.level2;
    const cells: SheetCell[] = [
      sameLevel1 ? cell(null) : wrapped(line.level1),
      sameLevel2 ? cell(null) : wrapped(line.level2),
      wrapped(line.name),
      wrapped(line.target ?? null),
      line.actualFormat === undefined ? wrapped(line.actual ?? null) : figure(line.actual ?? null, line.actualFormat),
      figure(line.weight ?? null, SCORE),
      figure(line.score ?? null, SCORE),
      wrapped(line.reason ?? null),
    ];
    sheet.row(cells);
  });
  sheet.mergeRuns(
    top,
    [0],
    spec.indicators.map((line) => line.level1),
  );
  sheet.mergeRuns(
    top,
    [1],
    spec.indicators.map((line) => `${line.level1}\u0000${line.level2}`),
  );
}

/** Lays out a project or department table: title, info lines, fund block, goals, indicators, 总分 and 等级. */
export function indicatorTable(spec: IndicatorTableSpec): TemplateSheet {
  const sheet = new SheetBuilder(spec.sheetName, [16, 16, 26, 20, 20, 10, 10, 30]);
  sheet.row([title(spec.title), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  sheet.row([cell(spec.subtitle), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  if (spec.infoHeading) sheet.row([head(spec.infoHeading), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  for (const line of spec.info) infoLine(sheet, line);
  if (spec.fund.length > 0) fundBlock(sheet, spec.fund);
  goalsBlock(sheet, spec.goals);
  indicatorBlock(sheet, spec);
  sheet.row(
    [head("总分"), ...blanks(4), figure(spec.total.weight, SCORE), figure(spec.total.score, SCORE), cell(null)],
    [{ from: 0, to: 4 }],
  );
  sheet.row(
    [head("自评等级"), ...blanks(4), cell(spec.grade), ...blanks(2)],
    [
      { from: 0, to: 4 },
      { from: 5, to: LAST },
    ],
  );
  for (const note of spec.notes ?? []) sheet.row([wrapped(note), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  return sheet.build();
}
