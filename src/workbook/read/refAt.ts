import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/**
 * The cells of a row for a model's `at`: the row's own cell (its label or name) and, by name, the columns that exist
 * (`{ target: 4, reason: undefined }` → `{ row: A7, target: E7 }`); absent columns stay absent. Built in one object:
 * it is made for every indicator row.
 */
export function refsAt<K extends string>(
  grid: Grid,
  row: number,
  labelCol: number,
  columns: { readonly [P in K]: number | undefined },
): { row: CellRef } & { [P in K]?: CellRef } {
  const refs: { [name: string]: CellRef } = { row: grid.ref(row, labelCol) };
  for (const name in columns) {
    const col = columns[name];
    if (col !== undefined) refs[name] = grid.ref(row, col);
  }
  // The loop adds exactly the keys of `columns` whose column exists.
  return refs as { row: CellRef } & { [P in K]?: CellRef };
}
