import { finding, type Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/** The table around an output cell: the columns read as fields on its row (none on a 总分 or 等级 line), its last column. */
export type OutputTable = { readonly fields: readonly number[]; readonly right: number };

/**
 * The cell at (row, col) when the add-in may write an output into it (得分, 执行率, 总分, 等级, a ratio row's
 * 实际完成值); null when the cell is not the output's own and a value written there would be read back as something
 * else by the next recalculation:
 * - a cell covered by a merged area takes its writes in the area's top-left cell, another row's or column's cell
 *   (a 三级 name, the score of the row above);
 * - an area starting at the cell that reaches into another field's column is read as that field (a 偏差原因);
 * - an area reaching down over rows that are blank but for it makes them rows that show something, and blank rows
 *   are where a table ends.
 */
export function outputRef(grid: Grid, row: number, col: number, table: OutputTable): CellRef | null {
  if (grid.isCovered(row, col)) return null;
  const right = grid.mergeRight(row, col);
  if (right > col && table.fields.some((other) => other > col && other <= right)) return null;
  // Rows past the used range are never read.
  const bottom = Math.min(grid.mergeBottom(row, col), grid.bottom);
  for (let below = row + 1; below <= bottom; below++) {
    if (blankButFor(grid, below, { left: col, right }, table.right)) return null;
  }
  return grid.ref(row, col);
}

/** `outputRef` of a cell that is always an output: when it is not the output's own, OUTPUT_MERGED says so there. */
export function outputCell(
  grid: Grid,
  at: { readonly row: number; readonly col: number; readonly name: string },
  table: OutputTable,
  findings: Finding[],
): CellRef | null {
  const ref = outputRef(grid, at.row, at.col, table);
  if (ref === null) findings.push(finding("OUTPUT_MERGED", grid.cellRef(at.row, at.col), { name: at.name }));
  return ref;
}

/** Every cell of the row up to `lastCol` is blank, the columns `area` spans aside. */
function blankButFor(grid: Grid, row: number, area: { left: number; right: number }, lastCol: number): boolean {
  for (let col = grid.left; col <= lastCol; col++) {
    if ((col < area.left || col > area.right) && !grid.isBlank(row, col)) return false;
  }
  return true;
}
