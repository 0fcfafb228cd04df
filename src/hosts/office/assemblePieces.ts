import type { Piece } from "./blockRead";
import type { SheetFills } from "./fillCache";
import type { Rect } from "./rectangles";
import type { UsedRangeData } from "./toSheetSnapshot";

type Grid<T> = T[][];

/**
 * A used range put back together from the pieces it was read in, which cover it exactly: rows of pieces spanning
 * its full width are taken as they are (most of a large sheet), the others copied cell by cell.
 */
export function assemblePieces(used: Rect, pieces: readonly Piece[]): { data: UsedRangeData; fills: SheetFills } {
  const height = used.bottom - used.top + 1;
  const values: Grid<unknown> = new Array<unknown[]>(height);
  const formulas: Grid<unknown> = new Array<unknown[]>(height);
  const numberFormats: Grid<unknown> = new Array<unknown[]>(height);
  const fills: Grid<string | null> = new Array<(string | null)[]>(height);
  for (const piece of pieces) {
    place(values, piece.values, piece.rect, used);
    place(formulas, piece.formulas, piece.rect, used);
    place(numberFormats, piece.numberFormats, piece.rect, used);
    place(fills, piece.fills, piece.rect, used);
  }
  const origin = { row: used.top, col: used.left };
  return {
    data: { origin, values, formulas, numberFormats, merges: pieces.flatMap((piece) => piece.merges) },
    fills: { origin, fills },
  };
}

function place<T>(grid: Grid<T>, rows: readonly T[][], rect: Rect, used: Rect): void {
  const width = used.right - used.left + 1;
  const fullWidth = rect.left === used.left && rect.right === used.right;
  rows.forEach((row, r) => {
    const at = rect.top - used.top + r;
    if (fullWidth) {
      grid[at] = row;
      return;
    }
    const target = (grid[at] ??= new Array<T>(width));
    row.forEach((cell, c) => {
      target[rect.left - used.left + c] = cell;
    });
  });
}
