import { callBytes, SLICE_BUDGET, utf8Length } from "./payload";
import type { RequestQueue } from "./requestQueue";

/**
 * One cell of a rectangular write. null leaves that part of the cell as it is: Excel skips null entries of a 2-D
 * `values` or `numberFormat` array ("Blank and null values in Excel add-ins"), which lets one range cover a few
 * untouched cells between written ones.
 */
export type BlockEntry = { readonly value: string | number | null; readonly numberFormat: string | null };

/**
 * Queues a rectangle of cells (every row the same length) as 2-D `numberFormat` and `values` arrays, the format
 * first so that a Text format applies before the value is parsed. A rectangle bigger than `SLICE_BUDGET` is split
 * into row slices, so that one huge block never has to exceed a request on its own.
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
  const bytes = callBytes(values) + (formats ? callBytes(formats) : 0);
  await queue.add(bytes, () => {
    const range = worksheet.getRangeByIndexes(origin.row + start, origin.col, slice.length, slice[0]?.length ?? 0);
    if (formats) range.numberFormat = formats;
    range.values = values;
  });
}
