import { FILL_PROPERTIES, toFill } from "./fillCache";
import { type MergedAreasReader, queueMergedAreas } from "./mergedAreas";
import { jsonLength } from "./payload";
import type { Rect } from "./rectangles";

/** Response bytes of one cell's fill: `{"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},`. */
const FILL_BYTES = 56;

/** Response bytes of one merged-area list besides its addresses (`{"isNullObject":false,"address":"","areaCount":0}`). */
const MERGES_BYTES = 60;

/** Response bytes of a merged area's address besides its cells: the sheet's name, which Excel puts before each. */
const MERGE_PREFIX_BYTES = 30;

/** A block of a sheet as read: Office's arrays, each cell's fill ("#RRGGBB" or null), merged areas. */
export type Block = {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormats: unknown[][];
  readonly fills: (string | null)[][];
  /** The merged areas' addresses, or null when a list came back incomplete (see `queueMergedAreas`). */
  readonly merges: readonly string[] | null;
  /** The bytes of response it took, which size later reads. */
  readonly bytes: number;
};

/** A block and where it lies on its sheet. */
export type Piece = Omit<Block, "merges"> & { readonly rect: Rect; readonly merges: readonly string[] };

/**
 * Queues the read of one range: values, formulas and number formats, each cell's fill, and the merged areas of
 * `mergeRanges` (none when merges are not read). Reading the fills along costs 56 bytes of response a cell, but a
 * recalculation then needs no request of its own to learn the fills of the cells it highlights. The returned
 * function builds the block once the request has been synced.
 */
export function queueBlockRead(range: Excel.Range, mergeRanges: readonly Excel.Range[]): () => Block {
  range.load("values,formulas,numberFormat");
  const fills = range.getCellProperties(FILL_PROPERTIES);
  const merges: MergedAreasReader[] = mergeRanges.map(queueMergedAreas);
  return () => {
    const addresses = merges.map((read) => read());
    const values = range.values;
    const cells = values.length * (values[0]?.length ?? 0);
    const areas = addresses.flatMap((list) => list ?? []);
    const mergeBytes = merges.length * MERGES_BYTES + jsonLength(areas) + areas.length * MERGE_PREFIX_BYTES;
    return {
      values,
      formulas: range.formulas,
      numberFormats: range.numberFormat,
      fills: fills.value.map((row) => row.map(toFill)),
      merges: addresses.some((list) => list === null) ? null : areas,
      bytes:
        jsonLength(values) +
        jsonLength(range.formulas) +
        jsonLength(range.numberFormat) +
        cells * FILL_BYTES +
        mergeBytes,
    };
  };
}
