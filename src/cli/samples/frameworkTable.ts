import { blanks, cell, figure, head, SheetBuilder, title, wrapped } from "../../workbook/template/sheetBuilder";
import type { Entry, TemplateSheet } from "../../workbook/template/types";

/** One 三级 row of a framework table, with its 评分标准 text. */
export type FrameworkLine = {
  readonly level1: string;
  readonly level1Weight: number;
  readonly level2: string;
  readonly level2Weight: number;
  readonly name: string;
  readonly weight: number;
  readonly rule: string;
  readonly note?: string;
  readonly actual?: Entry;
  readonly score?: Entry;
};

export type FrameworkTableSpec = {
  readonly sheetName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly FrameworkLine[];
  readonly notes?: readonly string[];
};

const HEADER = [
  "一级指标",
  "分值",
  "二级指标",
  "分值",
  "三级指标",
  "分值",
  "评分标准",
  "指标说明",
  "实际完成值",
  "得分",
];
const LAST = HEADER.length - 1;

/**
 * A department table in the framework layout (SPEC 2.2, Hunan style): per-level 分值 columns, a 评分标准 per row,
 * an optional measured value, and the 得分 column.
 */
export function frameworkTable(spec: FrameworkTableSpec): TemplateSheet {
  const sheet = new SheetBuilder(spec.sheetName, [10, 6, 12, 6, 20, 6, 48, 24, 12, 8]);
  sheet.row([title(spec.title), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  sheet.row([cell(spec.subtitle), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  sheet.row(HEADER.map(head));
  const top = sheet.nextRow;
  spec.lines.forEach((line, i) => {
    const previous = spec.lines[i - 1];
    const newLevel1 = previous?.level1 !== line.level1;
    const newLevel2 = newLevel1 || previous?.level2 !== line.level2;
    sheet.row([
      newLevel1 ? wrapped(line.level1) : cell(null),
      newLevel1 ? cell(line.level1Weight) : cell(null),
      newLevel2 ? wrapped(line.level2) : cell(null),
      newLevel2 ? cell(line.level2Weight) : cell(null),
      wrapped(line.name),
      cell(line.weight),
      wrapped(line.rule),
      wrapped(line.note ?? null),
      wrapped(line.actual ?? null),
      figure(line.score ?? null, "0.00"),
    ]);
  });
  sheet.mergeRuns(
    top,
    [0, 1],
    spec.lines.map((line) => line.level1),
  );
  sheet.mergeRuns(
    top,
    [2, 3],
    spec.lines.map((line) => `${line.level1}\u0000${line.level2}`),
  );
  sheet.row([head("合计"), cell(100), ...blanks(LAST - 2), cell(null)], [{ from: 2, to: LAST - 1 }]);
  sheet.row([head("自评等级"), ...blanks(LAST)], [{ from: 1, to: LAST }]);
  for (const note of spec.notes ?? []) sheet.row([wrapped(note), ...blanks(LAST)], [{ from: 0, to: LAST }]);
  return sheet.build();
}
