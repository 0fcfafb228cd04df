import type ExcelJS from "exceljs";
import { rangeFromA1 } from "../../workbook/address";
import type { SheetCell } from "../../workbook/plan";
import { solidFill } from "./fills";

/** What the file host writes into a sheet it builds whole: an owned sheet, a blank template, a sample. */
export type SheetContent = {
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Merged areas as A1 ranges. */
  readonly merges?: readonly string[];
};

/**
 * The sheets the file host builds whole are not made of ExcelJS cells: for a findings sheet of 100,000 rows those
 * would cost seconds to create and as much again to write. ExcelJS holds a frame of each sheet — its tab, visibility,
 * panes, column widths, merges, and the first cell of each look (see `sampleCells`) — and the content waits here
 * until the save lays it out as the sheet's XML (sheetXml.ts). The host's readers read it from here.
 */
const built = new WeakMap<ExcelJS.Worksheet, BuiltSheet>();

/** A sheet the host built whole: its content, and the cells of its frame (`sampleCells`), found once. */
export type BuiltSheet = { readonly content: SheetContent; readonly samples: readonly SampleCell[] };

/** The content of a sheet the host built whole; undefined for any other sheet. */
export function builtContent(worksheet: ExcelJS.Worksheet): SheetContent | undefined {
  return built.get(worksheet)?.content;
}

/** The content and frame cells of a sheet the host built whole; undefined for any other sheet. */
export function builtSheet(worksheet: ExcelJS.Worksheet): BuiltSheet | undefined {
  return built.get(worksheet);
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

function styleOf(cell: SheetCell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = {
    ...(cell.link ? LINK_FONT : {}),
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.size !== undefined ? { size: cell.size } : {}),
  };
  if (Object.keys(font).length > 0) style.font = font;
  if (cell.wrap) style.alignment = { wrapText: true, vertical: "top" };
  if (cell.fill !== undefined) style.fill = solidFill(cell.fill);
  return style;
}

/** The keys of the looks made of link, bold and wrap alone, by `flags` (built by `styleKey` itself). */
const FLAG_KEYS: string[] = [];

/** What makes a cell's look, as a key; "" for none (the number format last: it is the only part that may hold a "|"). */
export function styleKey(cell: SheetCell): string {
  const { link, bold, size, wrap, fill, numberFormat } = cell;
  // Most cells of a large sheet have a look of these three parts at most: their key is made once, not once a cell.
  if (size === undefined && fill === undefined && numberFormat === undefined) {
    const flags = (link ? 1 : 0) | (bold ? 2 : 0) | (wrap ? 4 : 0);
    return (FLAG_KEYS[flags] ??= flags === 0 ? "" : lookKey(cell));
  }
  return lookKey(cell);
}

function lookKey({ link, bold, size, wrap, fill, numberFormat }: SheetCell): string {
  return `${link ? 1 : 0}|${bold ? 1 : 0}|${size ?? ""}|${wrap ? 1 : 0}|${fill ?? ""}|${numberFormat ?? ""}`;
}

/** Marks the first text among the looks `sampleCells` has seen (no look's key is a word). */
const TEXT = "text";

/** Zero-based row and column as one number, for sets of cells. */
export const cellIndex = (row: number, col: number): number => row * 16384 + col;

/** The cells a merged area covers besides its top-left one: they show the area's value and hold none of their own. */
export function coveredCells(merges: readonly string[] = []): Set<number> {
  const covered = new Set<number>();
  for (const range of merges) {
    const area = rangeFromA1(range);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) covered.add(cellIndex(r, c));
  }
  return covered;
}

/** A cell a frame holds, zero-based, and the key of its look. */
export type SampleCell = { readonly row: number; readonly col: number; readonly key: string };

/**
 * The cells a frame holds, zero-based: the first cell of each look, so that ExcelJS's writer registers every style
 * (the save reads back the index it gave each), and the first text outside merged areas (where it would be lost), so
 * that it writes the shared-strings part. Links need no sample: the save writes them without relationships.
 */
export function sampleCells(content: SheetContent): SampleCell[] {
  const covered = coveredCells(content.merges);
  const seen = new Set<string>();
  const samples: SampleCell[] = [];
  content.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const key = styleKey(cell);
      if (cell.value === null && key === "") return;
      const firstText =
        !seen.has(TEXT) && typeof cell.value === "string" && cell.value !== "" && !covered.has(cellIndex(r, c));
      if (seen.has(key) && !firstText) return;
      seen.add(key);
      if (firstText) seen.add(TEXT);
      samples.push({ row: r, col: c, key });
    }),
  );
  return samples;
}

/**
 * Builds an empty worksheet's frame from the content and keeps the content for the save. Strings are always text.
 * Cells of one look share one style object, as the cells ExcelJS loads do.
 */
export function writeSheetContent(worksheet: ExcelJS.Worksheet, content: SheetContent): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const samples = sampleCells(content);
  for (const { row, col, key } of samples) {
    const cell = content.rows[row]?.[col];
    if (!cell) continue;
    const style = styles.get(key) ?? styleOf(cell);
    styles.set(key, style);
    const target = worksheet.getCell(row + 1, col + 1);
    target.value = cell.value;
    target.style = style;
  }
  content.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  for (const range of content.merges ?? []) worksheet.mergeCellsWithoutStyle(range);
  built.set(worksheet, { content, samples });
}
