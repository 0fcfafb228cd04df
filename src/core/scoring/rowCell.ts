import type { CellRef } from "../location";
import type { IndicatorRow } from "../model";

/** A cell of an indicator row by column, falling back to the row's name cell when the table has no such column. */
export function rowCell(row: IndicatorRow, column: Exclude<keyof IndicatorRow["at"], "row">): CellRef {
  return row.at[column] ?? row.at.row;
}
