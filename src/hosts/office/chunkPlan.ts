import type { Piece } from "./blockRead";
import { PAYLOAD_BUDGET } from "./payload";
import type { Rect } from "./rectangles";

/** Response bytes a cell is assumed to take before any was read: its fill, its format and a short value, twice. */
const ASSUMED_CELL_BYTES = 90;

/** Cells of its own a sheet must have had read before its bytes per cell, not the workbook's, size its next reads. */
const SAMPLE_CELLS = 2000;

/** A sheet being read in chunks: its used range (null for a blank sheet) and the pieces read so far. */
export type SheetRead = {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly used: Rect | null;
  readonly pieces: Piece[];
};

/** Rows of one sheet still to read. */
export type Area = { readonly sheet: SheetRead; readonly rect: Rect };

/** Cells one response holds before anything was read, by `ASSUMED_CELL_BYTES`. */
export function cellsPerResponse(): number {
  return PAYLOAD_BUDGET / ASSUMED_CELL_BYTES;
}

/** What a sheet's corner left: the rows beside it, then the rows below it. */
export function rest(sheet: SheetRead): Area[] {
  const used = sheet.used;
  if (!used) return [];
  const corner = sheet.pieces[0]?.rect;
  if (!corner) return [{ sheet, rect: used }];
  const areas: Area[] = [];
  if (corner.right < used.right) areas.push({ sheet, rect: { ...corner, left: corner.right + 1, right: used.right } });
  if (corner.bottom < used.bottom) areas.push({ sheet, rect: { ...used, top: corner.bottom + 1 } });
  return areas;
}

/** Estimated response bytes per cell of a sheet: its own so far, else the workbook's, else an assumption. */
export function densities(sheets: readonly SheetRead[]): (sheet: SheetRead) => number {
  const measure = (pieces: readonly Piece[]) =>
    pieces.reduce(
      (sum, piece) => ({
        bytes: sum.bytes + piece.bytes,
        cells: sum.cells + piece.values.length * (piece.values[0]?.length ?? 0),
      }),
      { bytes: 0, cells: 0 },
    );
  return (sheet) => {
    const own = measure(sheet.pieces);
    if (own.cells >= SAMPLE_CELLS) return own.bytes / own.cells;
    const all = measure(sheets.flatMap((other) => other.pieces));
    return all.cells > 0 ? all.bytes / all.cells : ASSUMED_CELL_BYTES;
  };
}

/** Takes from `pending` the rows that fit `budget` estimated bytes: at least one row, splitting the last area. */
export function takeChunk(pending: Area[], budget: number, density: (sheet: SheetRead) => number): Area[] {
  const chunk: Area[] = [];
  let bytes = 0;
  for (let area = pending[0]; area; area = pending[0]) {
    const rowBytes = (area.rect.right - area.rect.left + 1) * density(area.sheet);
    const fits = Math.floor((budget - bytes) / rowBytes);
    if (fits < 1 && chunk.length > 0) break;
    const rows = area.rect.bottom - area.rect.top + 1;
    if (fits >= rows) {
      chunk.push(area);
      pending.shift();
      bytes += rows * rowBytes;
      continue;
    }
    const taken = Math.max(1, fits);
    chunk.push({ sheet: area.sheet, rect: { ...area.rect, bottom: area.rect.top + taken - 1 } });
    pending[0] = { sheet: area.sheet, rect: { ...area.rect, top: area.rect.top + taken } };
    break;
  }
  return chunk;
}
