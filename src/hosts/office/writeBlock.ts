import { callBytes, gridBytes, jsonLength, RANGE_BYTES, SLICE_BUDGET } from "./payload";
import type { RequestQueue } from "./requestQueue";

/**
 * One cell of a rectangular write. null leaves that part of the cell as it is: Excel skips null entries of a 2-D
 * `values` or `numberFormat` array ("Blank and null values in Excel add-ins"), which lets one range cover a few
 * untouched cells between written ones.
 */
export type BlockEntry = {
  readonly value: string | number | null;
  readonly numberFormat: string | null;
  /** A native link set on the cell after its value (owned sheets only); absent leaves the cell's link alone. */
  readonly hyperlink?: Excel.RangeHyperlink;
};

/** What a slice costs besides its rows: two ranges, three calls and office-js's own slicing of the arrays. */
const SLICE_OVERHEAD = 2_000;

/** Room left in a request below which a slice goes into the next request instead. */
const MIN_SLICE = 50_000;

/**
 * Queues a rectangle of cells (every row the same length) as 2-D `numberFormat` and `values` arrays, the format
 * first so that a Text format applies before the value is parsed, then its links. The rectangle is written in row
 * slices of at most `SLICE_BUDGET`, each filling what is left of the current request, so that requests pack closely
 * and one huge block never has to exceed a request on its own.
 */
export async function writeBlock(
  queue: RequestQueue,
  worksheet: Excel.Worksheet,
  origin: { readonly row: number; readonly col: number },
  rows: readonly (readonly BlockEntry[])[],
): Promise<void> {
  const hasFormats = rows.some((row) => row.some((entry) => entry.numberFormat !== null));
  const hasLinks = rows.some((row) => row.some((entry) => entry.hyperlink));
  for (let start = 0; start < rows.length;) {
    const room = queue.room();
    const limit = Math.min(SLICE_BUDGET, room >= MIN_SLICE ? room : SLICE_BUDGET) - SLICE_OVERHEAD;
    let end = start;
    for (let bytes = 0; end < rows.length; end += 1) {
      bytes += rowBytes(rows[end] ?? [], hasFormats, hasLinks);
      if (end > start && bytes > limit) break;
    }
    await writeSlice(queue, worksheet, origin, rows, start, end);
    start = end;
  }
}

/** At least what a row adds to a slice's estimate: its values, formats and links, and a byte a cell for slicing. */
function rowBytes(row: readonly BlockEntry[], hasFormats: boolean, hasLinks: boolean): number {
  const values = jsonLength(row.map((entry) => entry.value));
  const formats = hasFormats ? jsonLength(row.map((entry) => entry.numberFormat)) : 0;
  const links = hasLinks ? jsonLength(row.map((entry) => (entry.hyperlink ? { hyperlink: entry.hyperlink } : {}))) : 0;
  return values + formats + links + 3 + row.length;
}

async function writeSlice(
  queue: RequestQueue,
  worksheet: Excel.Worksheet,
  origin: { readonly row: number; readonly col: number },
  rows: readonly (readonly BlockEntry[])[],
  start: number,
  end: number,
): Promise<void> {
  const slice = rows.slice(start, end);
  const values = slice.map((row) => row.map((entry) => entry.value));
  const hasFormats = slice.some((row) => row.some((entry) => entry.numberFormat !== null));
  const formats = hasFormats ? slice.map((row) => row.map((entry) => entry.numberFormat)) : null;
  const links = linkBlock(slice);
  const linkBytes = links ? RANGE_BYTES + callBytes(links.properties) : 0;
  const bytes = RANGE_BYTES + gridBytes(values) + (formats ? gridBytes(formats) : 0) + linkBytes;
  const write = (): void => {
    const range = worksheet.getRangeByIndexes(origin.row + start, origin.col, slice.length, slice[0]?.length ?? 0);
    if (formats) range.numberFormat = formats;
    range.values = values;
    if (!links) return;
    worksheet
      .getRangeByIndexes(origin.row + start, origin.col + links.first, slice.length, links.width)
      .setCellProperties(links.properties);
  };
  await queue.add(bytes, write, 0, worksheet);
}

/**
 * A slice's links as one `setCellProperties` array over the columns holding them, `{}` leaving a cell without a link
 * as it is; null when the slice has none. Setting `Range.hyperlink` instead takes a range proxy and a call per link,
 * about 300 bytes of request each, and tens of thousands of per-cell ranges stall `context.sync` (office-js #1046):
 * a findings sheet of a large workbook holds that many links.
 */
function linkBlock(
  slice: readonly (readonly BlockEntry[])[],
): { first: number; width: number; properties: Excel.SettableCellProperties[][] } | null {
  let first = Infinity;
  let last = -1;
  for (const row of slice) {
    row.forEach((entry, c) => {
      if (!entry.hyperlink) return;
      first = Math.min(first, c);
      last = Math.max(last, c);
    });
  }
  if (last < 0) return null;
  const properties = slice.map((row) =>
    row.slice(first, last + 1).map((entry) => (entry.hyperlink ? { hyperlink: entry.hyperlink } : {})),
  );
  return { first, width: last - first + 1, properties };
}
