import { callBytes, SLICE_BUDGET, utf8Length } from "./payload";
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

/**
 * Queues a rectangle of cells (every row the same length) as 2-D `numberFormat` and `values` arrays, the format
 * first so that a Text format applies before the value is parsed, then its links. A rectangle bigger than
 * `SLICE_BUDGET` (links included) is split into row slices, so that one huge block never has to exceed a request on
 * its own.
 */
export async function writeBlock(
  queue: RequestQueue,
  worksheet: Excel.Worksheet,
  origin: { readonly row: number; readonly col: number },
  rows: readonly (readonly BlockEntry[])[],
): Promise<void> {
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const rowBytes = utf8Length(JSON.stringify(rows[i]));
    if (i > start && bytes + rowBytes > SLICE_BUDGET) {
      await writeSlice(queue, worksheet, origin, rows, start, i);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) await writeSlice(queue, worksheet, origin, rows, start, rows.length);
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
  const bytes = callBytes(values) + (formats ? callBytes(formats) : 0) + (links ? callBytes(links.properties) : 0);
  await queue.add(bytes, () => {
    const range = worksheet.getRangeByIndexes(origin.row + start, origin.col, slice.length, slice[0]?.length ?? 0);
    if (formats) range.numberFormat = formats;
    range.values = values;
    if (!links) return;
    worksheet
      .getRangeByIndexes(origin.row + start, origin.col + links.first, slice.length, links.width)
      .setCellProperties(links.properties);
  });
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
