import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/**
 * The cells of a row, by name, for the columns that exist (`{ target: 4, reason: undefined }` → `{ target: E7 }`):
 * absent columns stay absent in a model's `at`.
 */
export function refsAt<K extends string>(
  grid: Grid,
  row: number,
  columns: { readonly [P in K]: number | undefined },
): { [P in K]?: CellRef } {
  const refs: { [P in K]?: CellRef } = {};
  for (const name in columns) {
    const col = columns[name];
    if (col !== undefined) refs[name] = grid.ref(row, col);
  }
  return refs;
}
