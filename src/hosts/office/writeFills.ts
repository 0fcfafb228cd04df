import type { FillWrite } from "../../workbook/plan";
import { callBytes, NAVIGATION_BYTES } from "./payload";
import { groupBySheet, type Located } from "./positions";
import { queueAreas } from "./queueAreas";
import type { RequestQueue } from "./requestQueue";

/**
 * Queues the plan's fills, one `RangeAreas` per sheet and colour: a recalculation highlights hundreds of cells in
 * four colours, which is a handful of calls. A null colour clears the fill, restoring a cell that had none.
 * Returns the number of cells filled.
 */
export async function writeFills(
  queue: RequestQueue,
  context: Excel.RequestContext,
  fills: readonly FillWrite[],
): Promise<number> {
  let written = 0;
  for (const [sheet, located] of groupBySheet(fills)) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    written += located.length;
    const byColor = new Map<string | null, Located<FillWrite>[]>();
    for (const fill of located) {
      const color = fill.color === null ? null : fill.color.toUpperCase();
      const cells = byColor.get(color);
      if (cells) cells.push(fill);
      else byColor.set(color, [fill]);
    }
    for (const [color, cells] of byColor) {
      const formatBytes = 2 * NAVIGATION_BYTES + callBytes(color);
      await queueAreas(
        queue,
        worksheet,
        cells,
        (areas) => {
          if (color === null) areas.format.fill.clear();
          else areas.format.fill.color = color;
        },
        formatBytes,
      );
    }
  }
  return written;
}
