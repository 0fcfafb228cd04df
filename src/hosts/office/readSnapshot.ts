import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { type MergedAreasReader, queueMergedAreas, type ReadOptions } from "./mergedAreas";
import { OfficeErrorCode, officeErrorCode } from "./officeError";
import { readUsedRangesInBlocks } from "./readSnapshotInBlocks";
import { NO_USED_RANGE, toSheetSnapshot, type UsedRangeData } from "./toSheetSnapshot";
import { queueWorkbookState, type SheetState, type WorkbookState } from "./workbookState";

/** Thrown inside the read when a merged-area list came back incomplete, to switch to the read in blocks. */
class IncompleteMergesError extends Error {
  override readonly name = "IncompleteMergesError";
}

/**
 * Every sheet's used range in two syncs: the first learns the sheets (a sheet's used range needs its proxy), the
 * second loads all used ranges and merged areas at once. When that read is too big for one request (Excel on the
 * web refuses responses over 5 MB; a range with more than 512 merged areas fails), the sheets are read again in
 * row blocks, one sync per block.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  options: ReadOptions,
): Promise<{ snapshot: WorkbookSnapshot; state: WorkbookState }> {
  const readState = queueWorkbookState(context);
  await sync();
  const state = readState();
  let data: UsedRangeData[];
  try {
    data = await readUsedRanges(context, state.sheets, sync, options);
  } catch (error) {
    if (!(error instanceof IncompleteMergesError) && !isBlockable(error)) throw error;
    data = await readUsedRangesInBlocks(context, state.sheets, sync, options);
  }
  return {
    state,
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
): Promise<UsedRangeData[]> {
  const queued = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    // valuesOnly: a range extended by formatting alone holds nothing the engine reads, and costs response bytes.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,values,formulas,numberFormat");
    // The whole sheet, not the used range: the used range may be a null object, and merges need a real range.
    const merges: MergedAreasReader | null = options.readMerges ? queueMergedAreas(worksheet.getRange()) : null;
    return { used, merges };
  });
  await sync();
  return queued.map(({ used, merges }) => {
    const mergeAddresses = merges ? merges() : [];
    if (mergeAddresses === null) throw new IncompleteMergesError();
    if (used.isNullObject) return { ...NO_USED_RANGE, merges: mergeAddresses };
    return {
      origin: { row: used.rowIndex, col: used.columnIndex },
      values: used.values,
      formulas: used.formulas,
      numberFormats: used.numberFormat,
      merges: mergeAddresses,
    };
  });
}
