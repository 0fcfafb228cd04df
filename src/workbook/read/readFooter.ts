import type { Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import { labelText } from "./cellText";
import { enteredNumber, enteredValue, type OwnedValue } from "./entered";
import type { Grid } from "./grid";
import { outputCell } from "./outputRef";

/**
 * The 总分 or 等级 of a table: what a person entered there (null when blank or the add-in's own) and its cell, absent
 * when the cell is merged into another's (OUTPUT_MERGED in `findings`).
 */
export type FooterValue<T> = { readonly entered: T | null; readonly at?: CellRef };

/** The 总分 in the score column of the total row. */
export function readTotal(
  grid: Grid,
  row: number,
  scoreCol: number,
  owned: OwnedValue,
  findings: Finding[],
): FooterValue<number> {
  const entered = enteredNumber(grid, row, scoreCol, owned, { name: "总分", findings })?.value ?? null;
  return footerValue(entered, outputCell(grid, { row, col: scoreCol, name: "总分" }, [], findings));
}

/**
 * The 等级 next to its label: the first non-blank cell right of the label, or the cell just right of it when the
 * grade is still to be filled in.
 */
export function readGrade(
  grid: Grid,
  row: number,
  labelCol: number,
  owned: OwnedValue,
  findings: Finding[],
): FooterValue<string> {
  const next = grid.mergeRight(row, labelCol) + 1;
  let col = next;
  while (col <= grid.right && grid.isBlank(row, col)) col = grid.mergeRight(row, col) + 1;
  const valueCol = col <= grid.right ? col : next;
  const entered = labelText(enteredValue(grid, row, valueCol, owned));
  return footerValue(
    entered === "" ? null : entered,
    outputCell(grid, { row, col: valueCol, name: "等级" }, [], findings),
  );
}

function footerValue<T>(entered: T | null, at: CellRef | null): FooterValue<T> {
  return at === null ? { entered } : { entered, at };
}
