/** Excel refuses `getMergedAreasOrNullObject` over a range holding more merged areas than this (API reference). */
export const MAX_MERGED_AREAS = 512;

/** A merged-area list came back incomplete: the read is made again in smaller parts. */
export class IncompleteMergesError extends Error {
  override readonly name = "IncompleteMergesError";
}

/** Reads the merged areas of a range after a sync: their addresses, or null when the address list is incomplete. */
export type MergedAreasReader = () => string[] | null;

/** An area in a RangeAreas address ("Sheet1!A5:A9, 'My, sheet'!B2:C2"): the part after each sheet prefix. */
const AREA = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;

/**
 * Queues the load of a range's merged areas (ExcelApi 1.13). The addresses come from `RangeAreas.address`, the
 * documented way to read them; `areaCount` checks that the list is complete, since a long address could be cut.
 */
export function queueMergedAreas(range: Excel.Range): MergedAreasReader {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address,areaCount");
  return () => {
    if (merged.isNullObject) return [];
    const areas = [...merged.address.matchAll(AREA)].map((match) => match[1] ?? "");
    return areas.length === merged.areaCount ? areas : null;
  };
}
