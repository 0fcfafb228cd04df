import type { CellRef } from "../../core/location";
import { fromA1 } from "../../workbook/address";
import { HostError } from "./errors";
import type { Position } from "./rectangles";

/** A cell of a plan or request, with its zero-based position. */
export type Located<T extends CellRef> = T & Position;

/**
 * Groups cells by sheet, in first-seen order, with their positions parsed from A1. A later entry for the same
 * cell replaces an earlier one, so a plan that names a cell twice writes it once, with its last value.
 */
export function groupBySheet<T extends CellRef>(cells: readonly T[]): Map<string, Located<T>[]> {
  const sheets = new Map<string, Map<number, Located<T>>>();
  for (const cell of cells) {
    const position = fromA1(cell.cell);
    if (!position) throw new HostError("InvalidArgument", `单元格地址无效：${cell.sheet}!${cell.cell}`);
    let sheet = sheets.get(cell.sheet);
    if (!sheet) sheets.set(cell.sheet, (sheet = new Map<number, Located<T>>()));
    // Excel has 16,384 columns: row × 16384 + column is a unique number for a cell.
    sheet.set(position.row * 16_384 + position.col, { ...cell, ...position });
  }
  return new Map([...sheets].map(([name, located]) => [name, [...located.values()]]));
}
