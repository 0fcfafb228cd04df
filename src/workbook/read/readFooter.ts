import type { CellRef } from "../../core/location";
import { labelText } from "./cellText";
import { enteredNumber, enteredValue, type OwnedValue } from "./entered";
import type { Grid } from "./grid";

/** The 总分 or 等级 of a table: what a person entered there (null when blank or the add-in's own) and its cell. */
export type FooterValue<T> = { readonly entered: T | null; readonly at: CellRef };

/** The 总分 in the score column of the total row. */
export function readTotal(grid: Grid, row: number, scoreCol: number, owned: OwnedValue): FooterValue<number> {
  return { entered: enteredNumber(grid, row, scoreCol, owned)?.value ?? null, at: grid.ref(row, scoreCol) };
}

/**
 * The 等级 next to its label: the first non-blank cell right of the label, or the cell just right of it when the
 * grade is still to be filled in.
 */
export function readGrade(grid: Grid, row: number, labelCol: number, owned: OwnedValue): FooterValue<string> {
  const next = grid.mergeRight(row, labelCol) + 1;
  let col = next;
  while (col <= grid.right && grid.isBlank(row, col)) col = grid.mergeRight(row, col) + 1;
  const valueCol = col <= grid.right ? col : next;
  const entered = labelText(enteredValue(grid, row, valueCol, owned));
  return { entered: entered === "" ? null : entered, at: grid.ref(row, valueCol) };
}
