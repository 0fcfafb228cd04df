import type { CellRef } from "../../core/location";
import type { CellValue } from "../snapshot";
import type { Grid } from "./grid";
import { readFigure, type FigureOwner } from "./numberCell";
import type { NumberReading } from "./readNumber";

/** What the add-in wrote into a cell last time (from the state sheet), or undefined when it wrote nothing there. */
export type OwnedValue = (ref: CellRef) => number | string | undefined;

/**
 * The value a person put into an output cell (得分, 执行率, 总分, 等级): null when the cell is blank or still holds
 * exactly what the add-in wrote there last time (SPEC §4, ownership).
 */
export function enteredValue(grid: Grid, row: number, col: number, owned: OwnedValue): CellValue {
  if (grid.isBlank(row, col)) return null;
  const value = grid.value(row, col);
  return value === owned(grid.ref(row, col)) ? null : value;
}

/**
 * An entered output cell read as a number; null when blank, the add-in's own value, or unreadable (a number too
 * large for any figure is reported as the owner's).
 */
export function enteredNumber(
  grid: Grid,
  row: number,
  col: number,
  owned: OwnedValue,
  owner: FigureOwner,
): NumberReading | null {
  return readFigure(grid, row, col, enteredValue(grid, row, col, owned), owner);
}
