import { assemblePieces } from "./assemblePieces";
import { type Block, type Piece, queueBlockRead } from "./blockRead";
import { HostError } from "./errors";
import type { FillCache, SheetFills } from "./fillCache";
import { IncompleteMergesError, MAX_MERGED_AREAS } from "./mergedAreas";
import { mayBeTooBig, OfficeErrorCode, officeErrorCode } from "./officeError";
import { PAYLOAD_BUDGET } from "./payload";
import type { Rect } from "./rectangles";
import { NO_USED_RANGE, type UsedRangeData } from "./toSheetSnapshot";
import type { SheetState } from "./workbookState";

/** Response bytes a cell is assumed to take before any was read: its fill, its format and a short value, twice. */
const ASSUMED_CELL_BYTES = 90;

/** Columns the first read assumes a sheet uses: a 项目支出绩效自评表 spans 8 (A:H), a department table up to 10. */
const ASSUMED_COLUMNS = 10;

/** Cells of its own a sheet must have had read before its bytes per cell, not the workbook's, size its next reads. */
const SAMPLE_CELLS = 2000;

const MAX_ROWS = 1_048_576;

export type ChunkedRead = { readonly data: UsedRangeData[]; readonly fills: FillCache };

export type ChunkOptions = {
  readonly readMerges: boolean;
  /** Read each sheet's top left corner along with the used ranges' sizes (see `readInChunks`). */
  readonly corners: boolean;
};

type SheetRead = {
  readonly worksheet: Excel.Worksheet;
  /** The used range, null for a blank sheet. */
  readonly used: Rect | null;
  readonly pieces: Piece[];
};

/** Rows of one sheet still to read. */
type Area = { readonly sheet: SheetRead; readonly rect: Rect };

/**
 * Every sheet's used range, fills and merged areas included, in as few syncs as responses of `PAYLOAD_BUDGET` allow:
 * the read for Excel on the web, which refuses a response over 5 MB, and for any workbook too big for one request.
 *
 * The first sync learns every used range's size and, blind, reads each sheet's top left corner: the rows down to a
 * common depth, over `ASSUMED_COLUMNS` columns, the depth chosen so that the corners of all sheets together fill
 * about one response. A workbook that small is read whole in that sync. The rest of each used range is then read in
 * row blocks, the blocks of consecutive sheets packed into syncs of `PAYLOAD_BUDGET` bytes as estimated from the
 * bytes per cell read so far; a response Excel still refuses is read again in halves.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  options: ChunkOptions,
): Promise<ChunkedRead> {
  const depth = Math.min(
    MAX_ROWS,
    Math.max(1, Math.floor(PAYLOAD_BUDGET / ASSUMED_CELL_BYTES / (ASSUMED_COLUMNS * Math.max(1, sheets.length)))),
  );
  let read: SheetRead[];
  try {
    read = await readSizes(context, sheets, sync, options.readMerges, options.corners ? depth : 0);
  } catch (error) {
    // A corner holding more merged areas than Excel lists, or heavier than a response: learn the sizes alone.
    if (!options.corners || !(error instanceof IncompleteMergesError || mayBeTooBig(error))) throw error;
    read = await readSizes(context, sheets, sync, options.readMerges, 0);
  }
  await readRest(read, sync, options.readMerges);
  const fills = new Map<string, SheetFills>();
  const data = read.map((sheet, i): UsedRangeData => {
    if (!sheet.used) return NO_USED_RANGE;
    const assembled = assemblePieces(sheet.used, sheet.pieces);
    fills.set(sheets[i]?.name ?? "", assembled.fills);
    return assembled.data;
  });
  return { data, fills };
}

/** One sync: each used range's size and, when `depth` > 0, its corner down to row `depth`. */
async function readSizes(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  readMerges: boolean,
  depth: number,
): Promise<SheetRead[]> {
  const queued = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    const size = worksheet.getUsedRangeOrNullObject(true);
    size.load("rowIndex,columnIndex,rowCount,columnCount");
    return { worksheet, size, corner: depth > 0 ? queueCorner(worksheet, depth, readMerges) : null };
  });
  await sync();
  return queued.map(({ worksheet, size, corner }): SheetRead => {
    if (size.isNullObject) return { worksheet, used: null, pieces: [] };
    const top = size.rowIndex;
    const left = size.columnIndex;
    const used = { top, left, bottom: top + size.rowCount - 1, right: left + size.columnCount - 1 };
    const block = corner?.();
    if (!block) return { worksheet, used, pieces: [] };
    if (block.merges === null) throw new IncompleteMergesError();
    const rect = { top, left, bottom: top + block.values.length - 1, right: left + (block.values[0]?.length ?? 1) - 1 };
    return { worksheet, used, pieces: [{ ...block, rect, merges: block.merges }] };
  });
}

/**
 * Queues the read of the used range's part above row `depth` and left of `ASSUMED_COLUMNS`. `getUsedRange`, unlike
 * its OrNullObject twin, is a real range even on a blank sheet (its A1), so methods may be called on it before the
 * sync; the bounding rectangle holds the used range's first cell, so that the intersection is never empty and its
 * top left is the used range's, and no range reaches past the grid however far down the used range starts.
 */
function queueCorner(worksheet: Excel.Worksheet, depth: number, readMerges: boolean): () => Block {
  const used = worksheet.getUsedRange(true);
  const limit = worksheet.getCell(depth - 1, ASSUMED_COLUMNS - 1);
  const corner = used.getCell(0, 0).getBoundingRect(limit).getIntersection(used);
  return queueBlockRead(corner, readMerges ? [corner] : []);
}

/** The parts of the used ranges no corner covered, packed into syncs by estimated response bytes. */
async function readRest(sheets: readonly SheetRead[], sync: () => Promise<void>, readMerges: boolean): Promise<void> {
  const pending = sheets.flatMap(rest);
  const density = densities(sheets);
  let budget = PAYLOAD_BUDGET;
  while (pending.length > 0) {
    const chunk = takeChunk(pending, budget, density);
    try {
      await readChunk(chunk, sync, readMerges);
      budget = PAYLOAD_BUDGET;
    } catch (error) {
      const single = chunk.length === 1 && chunk[0]?.rect.top === chunk[0]?.rect.bottom;
      if (officeErrorCode(error) !== OfficeErrorCode.responseTooLarge || single) throw error;
      pending.unshift(...chunk);
      budget /= 2;
    }
  }
}

/** What a sheet's corner left: the rows beside it, then the rows below it. */
function rest(sheet: SheetRead): Area[] {
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
function densities(sheets: readonly SheetRead[]): (sheet: SheetRead) => number {
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
function takeChunk(pending: Area[], budget: number, density: (sheet: SheetRead) => number): Area[] {
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

/** One sync reading every area of the chunk, merged areas per sub-block of at most 512 cells. */
async function readChunk(chunk: readonly Area[], sync: () => Promise<void>, readMerges: boolean): Promise<void> {
  const queued = chunk.map(({ sheet, rect }) => {
    const { worksheet } = sheet;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const range = worksheet.getRangeByIndexes(rect.top, rect.left, rows, cols);
    return { sheet, rect, read: queueBlockRead(range, readMerges ? subBlocks(worksheet, rect) : []) };
  });
  await sync();
  for (const { sheet, rect, read } of queued) {
    const block = read();
    if (block.merges === null) throw incompleteMerges();
    sheet.pieces.push({ ...block, rect, merges: block.merges });
  }
}

/**
 * Row bands of at most `MAX_MERGED_AREAS` cells: each merged area crossing a band covers at least one of its cells,
 * so no band holds more areas than Excel lists.
 */
function subBlocks(worksheet: Excel.Worksheet, rect: Rect): Excel.Range[] {
  const cols = rect.right - rect.left + 1;
  const step = Math.max(1, Math.floor(MAX_MERGED_AREAS / cols));
  const bands: Excel.Range[] = [];
  for (let top = rect.top; top <= rect.bottom; top += step) {
    bands.push(worksheet.getRangeByIndexes(top, rect.left, Math.min(step, rect.bottom - top + 1), cols));
  }
  return bands;
}

function incompleteMerges(): HostError {
  return new HostError("MergedAreasIncomplete", "工作表中的合并单元格过多，无法完整读取。请减少合并单元格后重试。");
}
