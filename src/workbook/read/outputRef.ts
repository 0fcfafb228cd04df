import { finding, type Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/**
 * The cell at (row, col) when the add-in may write an output into it (得分, 执行率, 总分, 等级, a ratio row's
 * 实际完成值); null when the cell is not the output's own, so that a value written there would be read back as
 * something else by the next recalculation:
 * - a cell covered by a merged area takes its writes in the area's top-left cell, another row's or column's cell
 *   (a 三级 name, the score of the row above);
 * - an area starting at the cell that reaches into another of the row's `fields` is read as that field (a 偏差原因);
 * - an area reaching down over a row that shows nothing left of it would decide how that row reads: blank (three
 *   blank rows end a table) or not, a note (`注：` opening a row ends it too) or not. The rows an output is merged
 *   down over in real forms (the 其中 lines of the fund block, a name merged over two rows) show their labels there.
 */
export function outputRef(grid: Grid, row: number, col: number, fields: readonly number[]): CellRef | null {
  if (grid.isCovered(row, col)) return null;
  const right = grid.mergeRight(row, col);
  if (right > col && fields.some((other) => other > col && other <= right)) return null;
  // Rows past the used range are never read.
  const bottom = Math.min(grid.mergeBottom(row, col), grid.bottom);
  for (let below = row + 1; below <= bottom; below++) {
    if (grid.isBlankRow(below, grid.left, col - 1)) return null;
  }
  return grid.ref(row, col);
}

/** `outputRef` of a cell that is always an output: when it is not the output's own, OUTPUT_MERGED says so there. */
export function outputCell(
  grid: Grid,
  at: { readonly row: number; readonly col: number; readonly name: string },
  fields: readonly number[],
  findings: Finding[],
): CellRef | null {
  const ref = outputRef(grid, at.row, at.col, fields);
  if (ref === null) findings.push(finding("OUTPUT_MERGED", grid.cellRef(at.row, at.col), { name: at.name }));
  return ref;
}
