import type { Finding } from "../../core/findings/types";
import type { DeclaredWeight, IndicatorRow } from "../../core/model";
import type { OwnedValue } from "./entered";
import type { Header } from "./findHeaders";
import type { Grid } from "./grid";
import { LevelTracker } from "./levelTracker";
import { readGrade, readTotal, type FooterValue } from "./readFooter";
import { readIndicatorRow } from "./readIndicatorRow";
import { rowMark } from "./rowMarks";

/** The rows under an indicator or framework header, up to its 总分 / 等级 footer. */
export type IndicatorBlock = {
  readonly indicators: readonly IndicatorRow[];
  readonly declaredWeights: readonly DeclaredWeight[];
  readonly total: FooterValue<number> | null;
  readonly grade: FooterValue<string> | null;
  /** The last row the block takes up (its footer included). */
  readonly lastRow: number;
  readonly findings: readonly Finding[];
};

/** This many blank rows in a row end a table that has no 总分 row. */
const BLANK_ROWS_ENDING_TABLE = 3;

/**
 * Reads the indicator rows under `header` until the 总分 / 合计 row (and a 等级 line right after it), a note
 * (`注：`), three blank rows, or `stopRow` (the next header).
 */
export function readIndicatorBlock(grid: Grid, header: Header, stopRow: number, owned: OwnedValue): IndicatorBlock {
  const levels = new LevelTracker(grid, header.columns);
  const indicators: IndicatorRow[] = [];
  const findings: Finding[] = [];
  let total: FooterValue<number> | null = null;
  let grade: FooterValue<string> | null = null;
  let lastRow = header.bottom;
  let blanks = 0;
  let afterTotal = false;
  for (let row = header.bottom + 1; row < stopRow && blanks < BLANK_ROWS_ENDING_TABLE; row++) {
    if (grid.isBlankRow(row, grid.left, header.right)) {
      blanks++;
      continue;
    }
    blanks = 0;
    const mark = rowMark(grid, row, header.right);
    if (mark?.note || (afterTotal && (mark?.grade ?? null) === null)) break;
    lastRow = row;
    if (mark) {
      const scoreCol = header.columns.score;
      if (mark.total !== null && scoreCol !== undefined) total = readTotal(grid, row, scoreCol, owned, findings);
      if (mark.grade !== null) grade = readGrade(grid, row, mark.grade, owned, findings);
      afterTotal ||= mark.total !== null;
      continue;
    }
    levels.advance(row);
    const indicator = readIndicatorRow(grid, header, row, levels, owned, findings);
    if (indicator) indicators.push(indicator);
  }
  return { indicators, declaredWeights: levels.declared, total, grade, lastRow, findings };
}
