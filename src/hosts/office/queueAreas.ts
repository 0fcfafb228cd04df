import { RANGE_BYTES, utf8Length } from "./payload";
import { joinAddresses, type Position, rectAddress, toRectangles } from "./rectangles";
import type { RequestQueue } from "./requestQueue";

/** Below the 8192 characters after which `Worksheet.getRanges` silently truncates its address (see joinAddresses). */
const MAX_ADDRESS_CHARS = 8000;

/**
 * Queues `format` once per `RangeAreas` covering the cells: one format call for many scattered cells, instead of
 * one per cell, which is very slow in Excel (office-js #12). `formatBytes` estimates what `format` queues on the areas.
 */
export async function queueAreas(
  queue: RequestQueue,
  worksheet: Excel.Worksheet,
  cells: readonly Position[],
  format: (areas: Excel.RangeAreas) => void,
  formatBytes: number,
): Promise<void> {
  const addresses = toRectangles(cells).map(rectAddress);
  for (const chunk of joinAddresses(addresses, MAX_ADDRESS_CHARS)) {
    const bytes = RANGE_BYTES + utf8Length(chunk) + formatBytes;
    await queue.add(bytes, () => format(worksheet.getRanges(chunk)), 0, worksheet);
  }
}
