import { assemblePieces } from "./assemblePieces";
import { type Block, queueBlockRead } from "./blockRead";
import { type Area, cellsPerResponse, densities, rest, type SheetRead, takeChunk } from "./chunkPlan";
import { HostError } from "./errors";
import type { FillCache, SheetFills } from "./fillCache";
import { IncompleteMergesError, MAX_MERGED_AREAS } from "./mergedAreas";
import { mayBeTooBig, OfficeErrorCode, officeErrorCode } from "./officeError";
import { PAYLOAD_BUDGET } from "./payload";
import type { Rect } from "./rectangles";
import { NO_USED_RANGE, type UsedRangeData } from "./toSheetSnapshot";
import type { SheetState } from "./workbookState";

/** Columns the first read assumes a sheet uses: a 项目支出绩效自评表 spans 8 (A:H), a department table up to 10. */
const ASSUMED_COLUMNS = 10;

const MAX_ROWS = 1_048_576;

export type ChunkedRead = { readonly data: UsedRangeData[]; readonly fills: FillCache };

export type ChunkOptions = {
  readonly readMerges: boolean;
  /** Read each sheet's top left corner along with the used ranges' sizes (see `readInChunks`). */
  readonly corners: boolean;
};

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
  const depth = Math.min(MAX_ROWS, Math.max(1, Math.floor(cellsPerResponse() / (ASSUMED_COLUMNS * sheets.length))));
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
  const data = read.map((sheet): UsedRangeData => {
    if (!sheet.used) return NO_USED_RANGE;
    const assembled = assemblePieces(sheet.used, sheet.pieces);
    fills.set(sheet.name, assembled.fills);
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
    return { name: sheet.name, worksheet, size, corner: depth > 0 ? queueCorner(worksheet, depth, readMerges) : null };
  });
  await sync();
  return queued.map(({ name, worksheet, size, corner }): SheetRead => {
    if (size.isNullObject) return { name, worksheet, used: null, pieces: [] };
    const top = size.rowIndex;
    const left = size.columnIndex;
    const used = { top, left, bottom: top + size.rowCount - 1, right: left + size.columnCount - 1 };
    const block = corner?.();
    if (!block) return { name, worksheet, used, pieces: [] };
    if (block.merges === null) throw new IncompleteMergesError();
    const rect = { top, left, bottom: top + block.values.length - 1, right: left + (block.values[0]?.length ?? 1) - 1 };
    return { name, worksheet, used, pieces: [{ ...block, rect, merges: block.merges }] };
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
