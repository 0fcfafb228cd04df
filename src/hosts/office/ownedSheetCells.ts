import type { CellRef } from "../../core/location";
import type { OwnedSheet, SheetCell } from "../../workbook/plan";
import { TEXT_FORMAT, toCellInput } from "./cellInput";
import { queueAreas } from "./queueAreas";
import type { Position } from "./rectangles";
import type { RequestQueue } from "./requestQueue";
import { type BlockEntry, writeBlock } from "./writeBlock";

const EMPTY: BlockEntry = { value: "", numberFormat: null };

/** Queues an owned sheet's rows, links included, as one 2-D block (split by rows only when megabytes big). */
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

function toEntry(cell: SheetCell): BlockEntry {
  if (cell.link) {
    return {
      value: hyperlinkFormula(cell.link, cell.value === null ? "" : String(cell.value)),
      numberFormat: cell.numberFormat ?? null,
    };
  }
  const input = toCellInput(cell.value);
  return { value: input.value, numberFormat: input.asText ? TEXT_FORMAT : (cell.numberFormat ?? null) };
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
    await queueAreas(queue, worksheet, cells, (areas) => {
      if (style.bold !== undefined) areas.format.font.bold = style.bold;
      if (style.size !== undefined) areas.format.font.size = style.size;
      if (style.wrap !== undefined) areas.format.wrapText = style.wrap;
      if (style.fill !== undefined) areas.format.fill.color = style.fill;
    });
  }
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

/**
 * A link to a cell of this workbook as a HYPERLINK formula, written inside the sheet's one 2-D block. Setting
 * `Range.hyperlink` instead costs one range and one call per link, and tens of thousands of per-cell ranges stall
 * `context.sync` (office-js #1046); a findings sheet of a large workbook has that many links. Excel caps a formula's
 * string constants at 255 characters, so longer text is joined from pieces.
 */
export function hyperlinkFormula(ref: CellRef, text: string): string {
  const target = `#'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
  return `=HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

function stringLiteral(text: string): string {
  const characters = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < characters.length; i += 255) pieces.push(characters.slice(i, i + 255).join(""));
  return pieces.length === 0 ? '""' : pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join("&");
}
