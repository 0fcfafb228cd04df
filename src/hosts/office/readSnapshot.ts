import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { FILL_PROPERTIES, type FillCache, type SheetFills, toFill } from "./fillCache";
import { IncompleteMergesError, type MergedAreasReader, queueMergedAreas } from "./mergedAreas";
import { mayBeTooBig, OfficeErrorCode, officeErrorCode } from "./officeError";
import { type ChunkedRead, readInChunks } from "./readInChunks";
import type { ReadOptions } from "./readOptions";
import { NO_USED_RANGE, toSheetSnapshot, type UsedRangeData } from "./toSheetSnapshot";
import { queueWorkbookState, type SheetState, type WorkbookState } from "./workbookState";

/** What the host keeps of a snapshot read besides the snapshot: the sheets `apply` checks, and the fills read. */
export type SnapshotRead = { snapshot: WorkbookSnapshot; state: WorkbookState; fills: FillCache };

/**
 * Every sheet's used range, with each cell's fill, so that a recalculation needs no read of its own for the fills of
 * the cells it highlights. The first sync learns the sheets (a sheet's used range needs its proxy). On the desktop
 * the second loads all used ranges, their fills and merged areas at once; should Excel refuse that (a response over
 * 5 MB, more than 512 merged areas in a sheet), or on the web, which refuses responses over 5 MB, the sheets are read
 * in chunks sized to the limit (`readInChunks`).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<SnapshotRead> {
  const readState = queueWorkbookState(context);
  await sync();
  const state = readState();
  const { data, fills } = await readSheets(context, state.sheets, sync, options);
  return {
    state,
    fills,
    snapshot: { sheets: state.sheets.map((sheet, i) => toSheetSnapshot(sheet, data[i] ?? NO_USED_RANGE)) },
  };
}

async function readSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<ChunkedRead> {
  const { readMerges } = options;
  if (options.platform === "web") return readInChunks(context, sheets, sync, { readMerges, corners: true });
  try {
    return await readAtOnce(context, sheets, sync, readMerges);
  } catch (error) {
    if (!(error instanceof IncompleteMergesError) && !mayBeTooBig(error)) throw error;
    // A refused response says the workbook is big, where corners fill the first sync; too many merged areas do not.
    const corners = officeErrorCode(error) === OfficeErrorCode.responseTooLarge;
    return readInChunks(context, sheets, sync, { readMerges, corners });
  }
}

/** All used ranges, their fills and merged areas in one sync. */
async function readAtOnce(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  readMerges: boolean,
): Promise<ChunkedRead> {
  const queued = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    // valuesOnly: a range extended by formatting alone holds nothing the engine reads, and costs response bytes.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,values,formulas,numberFormat");
    // The same range through `getUsedRange`, which gives A1 for a blank sheet where the other gives a null object:
    // no method may be called on a null object before a sync has told it is one.
    const fills = worksheet.getUsedRange(true).getCellProperties(FILL_PROPERTIES);
    // The whole sheet, not the used range: the used range may be a null object, and merges need a real range.
    const merges: MergedAreasReader | null = readMerges ? queueMergedAreas(worksheet.getRange()) : null;
    return { sheet: sheet.name, used, fills, merges };
  });
  await sync();
  const cache = new Map<string, SheetFills>();
  const data = queued.map(({ sheet, used, fills, merges }): UsedRangeData => {
    const mergeAddresses = merges ? merges() : [];
    if (mergeAddresses === null) throw new IncompleteMergesError();
    if (used.isNullObject) return { ...NO_USED_RANGE, merges: mergeAddresses };
    const origin = { row: used.rowIndex, col: used.columnIndex };
    cache.set(sheet, { origin, fills: fills.value.map((row) => row.map(toFill)) });
    return {
      origin,
      values: used.values,
      formulas: used.formulas,
      numberFormats: used.numberFormat,
      merges: mergeAddresses,
    };
  });
  return { data, fills: cache };
}
