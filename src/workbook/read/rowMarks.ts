import { fastLabelKey } from "./cellText";
import type { Grid } from "./grid";

/**
 * What makes a row something other than an indicator: a note under the table, or footer labels — the column of a
 * 总分 / 合计 label and of a 等级 / 自评等级 label (on the total row or a line of its own).
 */
export type RowMark = { readonly note: boolean; readonly total: number | null; readonly grade: number | null };

const TOTAL_LABELS = new Set([
  "总分",
  "合计",
  "总计",
  "总得分",
  "自评总分",
  "合计得分",
  "得分合计",
  "综合得分",
  "自评得分合计",
]);
const GRADE_LABELS = new Set(["等级", "自评等级", "评价等级", "绩效等级", "评定等级", "自评结果等级"]);

/** `注：`, `注1.`, `备注:`, `填表说明：` opening the row: the table is over. */
const NOTE = /^(注|备注|说明|填表说明|填报说明)\s*[:：\d]/;

/** Footer labels are short; longer cells are names and sentences and skip the key work. */
const MAX_MARK_LENGTH = 10;
/** Every total label has 分 or 计 and every grade label 级: other cells need no key at all. */
const MARK_CHARS = /[分计级]/;

/**
 * The marks of a row, or null for a row that may be an indicator. A note is a row whose first cell opens with
 * `注：`; a total label counts up to `tableRight`, a grade label anywhere to the right of it.
 */
export function rowMark(grid: Grid, row: number, tableRight: number): RowMark | null {
  let total: number | null = null;
  let grade: number | null = null;
  let first = true;
  for (let col = grid.left; col <= grid.right; col++) {
    const value = grid.value(row, col);
    if (value === null || grid.originCol(row, col) !== col) continue;
    if (typeof value !== "string") {
      first = false;
      continue;
    }
    const text = value.trim();
    if (text === "") continue;
    if (first && NOTE.test(text)) return { note: true, total: null, grade: null };
    first = false;
    if (text.length > MAX_MARK_LENGTH || !MARK_CHARS.test(text)) continue;
    const key = fastLabelKey(text);
    if (total === null && col <= tableRight && TOTAL_LABELS.has(key)) total = col;
    else if (grade === null && GRADE_LABELS.has(key)) grade = col;
  }
  return total === null && grade === null ? null : { note: false, total, grade };
}

/** Blank form rows (`指标1`, `……`, `…`, `...`): the form's slots nobody filled in. */
export function isPlaceholderName(name: string): boolean {
  const key = fastLabelKey(name);
  return /^指标\d*$/.test(key) || /^[…．.。·、\-—]+$/.test(key);
}
