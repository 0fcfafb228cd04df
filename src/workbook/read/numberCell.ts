import { readNumberFormat } from "../../core/actual/numberFormat";
import { finding, type Finding } from "../../core/findings/types";
import type { Grid } from "./grid";
import type { CellValue } from "../snapshot";
import { isErrorValue, isTooLarge, readNumber, type NumberReading } from "./readNumber";

/**
 * The number in a figure cell (分值, 得分, an amount), or null; an error value, a date or a number too large where a
 * figure belongs is reported at the cell, so a missing figure is never silent.
 */
export function numberCell(grid: Grid, row: number, col: number, name: string, findings: Finding[]): number | null {
  const value = grid.value(row, col);
  const format = grid.format(row, col);
  if (isErrorValue(value)) findings.push(finding("CELL_ERROR_VALUE", grid.ref(row, col), { name, text: value }));
  else if (typeof value === "number" && readNumberFormat(format).kind === "date") {
    findings.push(finding("NUMBER_IS_DATE", grid.ref(row, col), { name }));
  }
  return readFigure(grid, row, col, value, { name, findings })?.value ?? null;
}

/** Who a figure belongs to, for the findings about it. */
export type FigureOwner = { readonly name: string; readonly findings: Finding[] };

/** `value`, taken from the cell at (row, col), read as a figure; a number too large for one is reported there. */
export function readFigure(
  grid: Grid,
  row: number,
  col: number,
  value: CellValue,
  { name, findings }: FigureOwner,
): NumberReading | null {
  const format = grid.format(row, col);
  const reading = readNumber(value, format);
  if (reading === null && isTooLarge(value, format)) {
    findings.push(finding("NUMBER_TOO_LARGE", grid.ref(row, col), { name }));
  }
  return reading;
}
