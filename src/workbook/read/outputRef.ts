import { finding, type Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/**
 * The cell at (row, col) when the add-in may write an output into it (得分, 执行率, 总分, 等级, a ratio row's
 * 实际完成值); null when the cell is not the output's own. A cell covered by a merged area takes its writes in the
 * area's top-left cell, which belongs to another row or column (a 三级 name, the score of the row above); an area
 * starting at the cell that reaches into another of the table's `columns` is read back as that column's value (a
 * 偏差原因). Either way the next recalculation would read the add-in's value as something a person entered.
 */
export function outputRef(grid: Grid, row: number, col: number, columns: readonly number[]): CellRef | null {
  if (grid.isCovered(row, col)) return null;
  const right = grid.mergeRight(row, col);
  return right > col && columns.some((other) => other > col && other <= right) ? null : grid.ref(row, col);
}

/** `outputRef` of a cell that is always an output: when it is not the output's own, OUTPUT_MERGED says so there. */
export function outputCell(
  grid: Grid,
  at: { readonly row: number; readonly col: number; readonly name: string },
  columns: readonly number[],
  findings: Finding[],
): CellRef | null {
  const ref = outputRef(grid, at.row, at.col, columns);
  if (ref === null) findings.push(finding("OUTPUT_MERGED", grid.cellRef(at.row, at.col), { name: at.name }));
  return ref;
}
