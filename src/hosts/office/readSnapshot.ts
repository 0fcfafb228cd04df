import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { FILL_PROPERTIES, type FillCache, NO_FILLS, type SheetFills, toFill } from "./fillCache";
import { type MergedAreasReader, queueMergedAreas, type ReadOptions } from "./mergedAreas";
import { OfficeErrorCode, officeErrorCode } from "./officeError";
import { readUsedRangesInBlocks } from "./readSnapshotInBlocks";
import { NO_USED_RANGE, toSheetSnapshot, type UsedRangeData } from "./toSheetSnapshot";
import { queueWorkbookState, type SheetState, type WorkbookState } from "./workbookState";

/** Thrown inside the read when a merged-area list came back incomplete, to switch to the read in blocks. */
class IncompleteMergesError extends Error {
  override readonly name = "IncompleteMergesError";
}

/** What the host keeps of a snapshot read besides the snapshot: the sheets `apply` checks, and the fills read. */
export type SnapshotRead = { snapshot: WorkbookSnapshot; state: WorkbookState; fills: FillCache };

type UsedRanges = { readonly data: readonly UsedRangeData[]; readonly fills: FillCache };

/**
 * Every sheet's used range in two syncs: the first learns the sheets (a sheet's used range needs its proxy), the
 * second loads all used ranges, their fills and merged areas at once, so that a recalculation needs no third read
 * for the fills of the cells it highlights. When that read is too big for one request (Excel on the web refuses
 * responses over 5 MB; a range with more than 512 merged areas fails), the sheets are read again in row blocks,
 * one sync per block, without fills: a cell's fill weighs about 56 bytes of response, more than most cells' values,
 * and a recalculation highlights a small part of a sheet, which `readFills` then reads alone.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<SnapshotRead> {
  const readState = queueWorkbookState(context);
  await sync();
  const state = readState();
  let read: UsedRanges;
  try {
    read = await readUsedRanges(context, state.sheets, sync, options);
  } catch (error) {
    if (!(error instanceof IncompleteMergesError) && !isBlockable(error)) throw error;
    read = { data: await readUsedRangesInBlocks(context, state.sheets, sync, options), fills: NO_FILLS };
  }
  const { data, fills } = read;
  return {
    state,
    fills,
    snapshot: { sheets: state.sheets.map((sheet, i) => toSheetSnapshot(sheet, data[i] ?? NO_USED_RANGE)) },
  };
}

/** Any Excel failure of the one-shot read may be its size; cell-edit mode is not, and is retried by `runExcel`. */
function isBlockable(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== null && code !== OfficeErrorCode.cellEditMode;
}

async function readUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly SheetState[],
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<UsedRanges> {
  const queued = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    // valuesOnly: a range extended by formatting alone holds nothing the engine reads, and costs response bytes.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,values,formulas,numberFormat");
    // The same range through `getUsedRange`, which gives A1 for a blank sheet where the other gives a null object:
    // no method may be called on a null object before a sync has told it is one.
    const fills = worksheet.getUsedRange(true).getCellProperties(FILL_PROPERTIES);
    // The whole sheet, not the used range: the used range may be a null object, and merges need a real range.
    const merges: MergedAreasReader | null = options.readMerges ? queueMergedAreas(worksheet.getRange()) : null;
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
