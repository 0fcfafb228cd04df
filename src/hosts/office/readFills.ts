import type { CellRef } from "../../core/location";
import { fromA1 } from "../../workbook/address";
import { type CellFills, fillKey } from "../../workbook/snapshot";
import { FILL_PROPERTIES, toFill } from "./fillCache";
import { callBytes, RANGE_BYTES } from "./payload";
import { groupBySheet } from "./positions";
import { type Rect, toRectangles } from "./rectangles";
import { createRequestQueue } from "./requestQueue";

/** Response bytes per cell of `getCellProperties` with fill colour and pattern (`{"format":{"fill":{…}}}`). */
const RESPONSE_BYTES_PER_CELL = 80;

/**
 * The fill colour of each cell asked for, read from Excel in one sync for any realistic request (the host answers
 * the cells its last snapshot covered without this read; see `lookupFills`). The cells are covered by exactly
 * as many rectangles as their layout needs (see `toRectangles`: a highlighted row is one rectangle, consecutive
 * highlighted rows one more), and each rectangle is one `getCellProperties` call: no cell is read that was not
 * asked for, unlike a bounding range, whose response could pass Excel on the web's 5 MB limit on a large table.
 * Should the estimated response still pass the budget, the reads are split over more syncs.
 */
export async function readFills(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  sync: () => Promise<void>,
): Promise<CellFills> {
  const queue = createRequestQueue(sync);
  const reads: { sheet: string; rect: Rect; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  const bySheet = groupBySheet(cells);
  for (const [sheet, located] of bySheet) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const rect of toRectangles(located)) {
      const height = rect.bottom - rect.top + 1;
      const width = rect.right - rect.left + 1;
      const read = (): void => {
        const range = worksheet.getRangeByIndexes(rect.top, rect.left, height, width);
        reads.push({ sheet, rect, result: range.getCellProperties(FILL_PROPERTIES) });
      };
      await queue.add(
        RANGE_BYTES + callBytes(FILL_PROPERTIES),
        read,
        height * width * RESPONSE_BYTES_PER_CELL,
        worksheet,
      );
    }
  }
  await queue.flush();
  const fills: { [key: string]: string | null } = {};
  for (const { sheet, rect, result } of reads) {
    result.value.forEach((row, r) =>
      row.forEach((properties, c) => {
        fills[`${sheet}\u0000${rect.top + r}:${rect.left + c}`] = toFill(properties);
      }),
    );
  }
  const result: { [key: string]: string | null } = {};
  for (const { sheet, cell } of cells) {
    const position = fromA1(cell);
    result[fillKey(sheet, cell)] = position ? (fills[`${sheet}\u0000${position.row}:${position.col}`] ?? null) : null;
  }
  return result;
}
