import { documentReference } from "../../workbook/address";
import type { OwnedSheet, SheetCell } from "../../workbook/plan";
import { TEXT_FORMAT, toCellInput } from "./cellInput";
import { callBytes, NAVIGATION_BYTES } from "./payload";
import { queueAreas } from "./queueAreas";
import type { Position } from "./rectangles";
import type { RequestQueue } from "./requestQueue";
import { type BlockEntry, writeBlock } from "./writeBlock";

const EMPTY: BlockEntry = { value: "", numberFormat: null };

/** Queues an owned sheet's rows and their links as one 2-D block (split by rows only when megabytes big). */
export async function writeRows(queue: RequestQueue, worksheet: Excel.Worksheet, sheet: OwnedSheet): Promise<void> {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) return;
  const rows = sheet.rows.map((row) => {
    const entries = row.map(toEntry);
    while (entries.length < width) entries.push(EMPTY);
    return entries;
  });
  await writeBlock(queue, worksheet, { row: 0, col: 0 }, rows);
}

/**
 * A cell's value is written as plain text like any other; a link is a native hyperlink on the cell, whose text is that
 * same value. As in the file host, a cell without text gets no link (there would be nothing to click).
 */
function toEntry(cell: SheetCell): BlockEntry {
  const input = toCellInput(cell.value);
  const entry: BlockEntry = {
    value: input.value,
    numberFormat: input.asText ? TEXT_FORMAT : (cell.numberFormat ?? null),
  };
  if (!cell.link || input.value === "") return entry;
  return {
    ...entry,
    hyperlink: { documentReference: documentReference(cell.link), textToDisplay: String(input.value) },
  };
}

type Style = Pick<SheetCell, "bold" | "size" | "wrap" | "fill">;

/** Queues bold, size, wrap and fill, one `RangeAreas` per distinct style: a sheet has a few styles over many rows. */
export async function writeStyles(queue: RequestQueue, worksheet: Excel.Worksheet, sheet: OwnedSheet): Promise<void> {
  const byStyle = new Map<string, { style: Style; cells: Position[] }>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style: Style = pickStyle(cell);
      if (Object.keys(style).length === 0) return;
      const key = JSON.stringify(style);
      const group = byStyle.get(key);
      if (group) group.cells.push({ row: r, col: c });
      else byStyle.set(key, { style, cells: [{ row: r, col: c }] });
    }),
  );
  for (const { style, cells } of byStyle.values()) {
    const format = (areas: Excel.RangeAreas): void => {
      if (style.bold !== undefined) areas.format.font.bold = style.bold;
      if (style.size !== undefined) areas.format.font.size = style.size;
      if (style.wrap !== undefined) areas.format.wrapText = style.wrap;
      if (style.fill !== undefined) areas.format.fill.color = style.fill;
    };
    await queueAreas(queue, worksheet, cells, format, styleBytes(style));
  }
}

/** What one `format` of a style queues: the format, font and fill navigations and one call per property. */
function styleBytes(style: Style): number {
  const values = Object.values(style);
  return 3 * NAVIGATION_BYTES + values.reduce((sum: number, value) => sum + callBytes(value), 0);
}

/** The style properties a cell sets, in a fixed key order so that equal styles give equal keys. */
function pickStyle(cell: SheetCell): Style {
  return {
    ...(cell.bold !== undefined && { bold: cell.bold }),
    ...(cell.size !== undefined && { size: cell.size }),
    ...(cell.wrap !== undefined && { wrap: cell.wrap }),
    ...(cell.fill !== undefined && { fill: cell.fill.toUpperCase() }),
  };
}
