import { HostError } from "./errors";
import { MAX_MERGED_AREAS, type MergedAreasReader, queueMergedAreas, type ReadOptions } from "./mergedAreas";
import { OfficeErrorCode, officeErrorCode } from "./officeError";
import { REQUEST_BUDGET, utf8Length } from "./payload";
import { NO_USED_RANGE, type UsedRangeData } from "./toSheetSnapshot";
import type { SheetState } from "./workbookState";

/**
 * Cells read by the first block; later blocks are sized to about `REQUEST_BUDGET` bytes from what earlier ones
 * weighed, and halved whenever Excel on the web still refuses a response as over 5 MB.
 */
const FIRST_BLOCK_CELLS = 40_000;

type Block = {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormats: unknown[][];
  readonly merges: string[];
};

/**
 * The fallback read for sheets too big for one request: learns each used range's size (one sync), then reads it in
 * row blocks, one sync per block. Merged areas are read per sub-block of at most 512 cells: each merged area
 * crossing a sub-block covers at least one of its cells, so no sub-block can hold more areas than Excel returns.
 * Unlike the one-shot read, this reads no merged areas outside the used range (they hold no value).
 */
export async function readUsedRangesInBlocks(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<UsedRangeData[]> {
  const sized = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { worksheet, used };
  });
  await sync();
  let blockCells = FIRST_BLOCK_CELLS;
  const result: UsedRangeData[] = [];
  for (const { worksheet, used } of sized) {
    if (used.isNullObject) {
      result.push(NO_USED_RANGE);
      continue;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const blocks: Block[] = [];
    for (let top = 0; top < rowCount;) {
      const rows = Math.min(rowCount - top, Math.max(1, Math.floor(blockCells / columnCount)));
      const area = { row: rowIndex + top, col: columnIndex, rows, cols: columnCount };
      try {
        // One sync per block is the point of this fallback: each block must fit in its own response.
        const block = await readBlock(worksheet, area, sync, options);
        blocks.push(block);
        top += rows;
        // Size the next block from this one's bytes per cell, so that text-light sheets take few syncs.
        const bytes = utf8Length(JSON.stringify([block.values, block.formulas, block.numberFormats]));
        blockCells = Math.max(columnCount, Math.floor((REQUEST_BUDGET * rows * columnCount) / Math.max(bytes, 1)));
      } catch (error) {
        if (officeErrorCode(error) !== OfficeErrorCode.responseTooLarge || rows === 1) throw error;
        blockCells = Math.floor((rows * columnCount) / 2);
      }
    }
    result.push({
      origin: { row: rowIndex, col: columnIndex },
      values: blocks.flatMap((block) => block.values),
      formulas: blocks.flatMap((block) => block.formulas),
      numberFormats: blocks.flatMap((block) => block.numberFormats),
      merges: blocks.flatMap((block) => block.merges),
    });
  }
  return result;
}

type Area = { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

async function readBlock(
  worksheet: Excel.Worksheet,
  area: Area,
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<Block> {
  const range = worksheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols);
  range.load("values,formulas,numberFormat");
  const merges: MergedAreasReader[] = [];
  if (options.readMerges) {
    const step = Math.max(1, Math.floor(MAX_MERGED_AREAS / area.cols));
    for (let row = 0; row < area.rows; row += step) {
      const rows = Math.min(step, area.rows - row);
      merges.push(queueMergedAreas(worksheet.getRangeByIndexes(area.row + row, area.col, rows, area.cols)));
    }
  }
  await sync();
  return {
    values: range.values,
    formulas: range.formulas,
    numberFormats: range.numberFormat,
    merges: merges.flatMap((read) => read() ?? incompleteMerges()),
  };
}

function incompleteMerges(): never {
  throw new HostError("MergedAreasIncomplete", "工作表中的合并单元格过多，无法完整读取。请减少合并单元格后重试。");
}
