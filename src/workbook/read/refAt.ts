import type { CellRef } from "../../core/location";
import type { Grid } from "./grid";

/**
 * The cells of a row for a model's `at`: the row's own cell (its label or name), by name the columns that exist
 * (`{ target: 4, reason: undefined }` → `{ row: A7, target: E7 }`), and the output cells found writable (`outputs`,
 * null when not). Absent columns and refused outputs stay absent. Built in one object: it is made for every
 * indicator row.
 */
export function refsAt<K extends string, O extends string = never>(
  grid: Grid,
  row: number,
  labelCol: number,
  columns: { readonly [P in K]: number | undefined },
  outputs?: { readonly [P in O]: CellRef | null },
): { row: CellRef } & { [P in K | O]?: CellRef } {
  const refs: { [name: string]: CellRef } = { row: grid.ref(row, labelCol) };
  for (const name in columns) {
    const col = columns[name];
    if (col !== undefined) refs[name] = grid.ref(row, col);
  }
  for (const name in outputs) {
    const ref = outputs[name];
    if (ref !== null) refs[name] = ref;
  }
  // The loops add exactly the keys of `columns` whose column exists and of `outputs` that have a cell.
  return refs as { row: CellRef } & { [P in K | O]?: CellRef };
}
