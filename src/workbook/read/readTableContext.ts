import { labelKey } from "../../core/text/normalise";
import { labelText, textKey } from "./cellText";
import type { Grid } from "./grid";

/** What the lines above a table say about it. */
export type TableContext = {
  /** 项目名称 when given, else the table's title line (`2021年度…部门整体支出绩效自评表`), else "". */
  readonly title: string;
  /** The lines say 部门整体: a department table (SPEC 2.2) even in the project layout. */
  readonly department: boolean;
};

const PROJECT_NAME = "项目名称";
const DEPARTMENT = "部门整体";

/** A title line names a form: `…绩效自评表`, `…绩效评价表`. */
const TITLE = /(绩效|自评|评价).*表/;

/**
 * Reads the header lines above a table, rows `from` to `to` (excluded): `项目名称` (its value in the next non-blank
 * cell to the right, or after a colon in the same cell) and the title line.
 */
export function readTableContext(grid: Grid, from: number, to: number): TableContext {
  let projectName = "";
  let titleLine = "";
  let department = false;
  for (let row = from; row < to; row++) {
    for (let col = grid.left; col <= grid.right; col = grid.mergeRight(row, col) + 1) {
      const key = textKey(grid.value(row, col));
      if (key === null) continue;
      department ||= key.includes(DEPARTMENT);
      if (projectName === "" && key.startsWith(PROJECT_NAME)) projectName = projectNameAt(grid, row, col);
      if (titleLine === "" && TITLE.test(key)) titleLine = labelText(grid.value(row, col));
    }
  }
  return { title: projectName || titleLine, department };
}

function projectNameAt(grid: Grid, row: number, col: number): string {
  const inline = labelKey(String(grid.value(row, col))).slice(PROJECT_NAME.length);
  if (/^[:：]./.test(inline)) return labelText(String(grid.value(row, col)).replace(/^[^:：]*[:：]/, ""));
  if (inline !== "") return "";
  for (let next = grid.mergeRight(row, col) + 1; next <= grid.right; next = grid.mergeRight(row, next) + 1) {
    if (!grid.isBlank(row, next)) return labelText(grid.value(row, next));
  }
  return "";
}
