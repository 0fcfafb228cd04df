import { columnName, documentReference } from "../../workbook/address";
import type { SheetCell } from "../../workbook/plan";
import type { SharedStrings } from "./sharedStrings";
import type { CellRef } from "../../core/location";
import { remembered } from "../../core/memo";
import { hyperlinksPlace, type Span } from "./hyperlinks";
import { cellIndex, coveredCells, styleKey, type BuiltSheet, type SampleCell } from "./writeSheetContent";
import { escapeXml, xmlBytes } from "./xmlText";
import { deflateEarly } from "./zip";

/**
 * Lays out a sheet the host built whole (see writeSheetContent) as worksheet XML, inside the XML ExcelJS wrote for
 * its frame: the frame keeps everything but the cells and links (views, columns, merges, margins), and gives each
 * look's style index through the sample cell it holds. Text goes to the shared strings, never into a formula; links
 * are written as Excel writes a link to a place in the workbook (hyperlinks.ts), so that they work in Excel and
 * LibreOffice.
 */

/** The style index ExcelJS gave each cell of the frame (`s`, absent for 0), by A1 address. */
function frameStyles(sheetData: string): Map<string, number> {
  const styles = new Map<string, number>();
  for (const match of sheetData.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g))
    styles.set(match[1] ?? "", Number(match[2] ?? 0));
  return styles;
}

/** Where the element `<tag …>…</tag>` (or `<tag …/>`) stands in `xml`, or null. */
function element(xml: string, tag: string): Span | null {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return null;
  const opening = xml.indexOf(">", start);
  if (xml[opening - 1] === "/") return { start, end: opening + 1 };
  const close = xml.indexOf(`</${tag}>`, start);
  return close < 0 ? null : { start, end: close + tag.length + 3 };
}

/** The place a cell links to, when it links: a cell without text gets no link (there would be nothing to click). */
function linkOf(cell: SheetCell): CellRef | null {
  return cell.link && cell.value !== null && cell.value !== "" ? cell.link : null;
}

/**
 * A sheet's `<hyperlinks>` element, written as the links come: each link's place in `location` and the cell's text
 * in `display`, as Excel writes them. A 校验结果 sheet links 100,000 cells of a few sheets: the sheet part of their
 * places is quoted and escaped once per sheet.
 */
function linkWriter(): { add(ref: string, to: CellRef, text: string): void; count(): number; pieces(): Buffer[] } {
  const links = xmlBytes(deflateEarly);
  const sheets = new Map<string, string>();
  let count = 0;
  links.write("<hyperlinks>");
  return {
    add(ref, to, text) {
      const sheet = remembered(sheets, to.sheet, () => escapeXml(documentReference({ sheet: to.sheet, cell: "" })));
      count++;
      links.write(`<hyperlink ref="${ref}" location="${sheet}${escapeXml(to.cell)}" display="${escapeXml(text)}"/>`);
    },
    count: () => count,
    pieces() {
      links.write("</hyperlinks>");
      return links.pieces();
    },
  };
}

/** The index of each look's style, read from the frame's sample cells; throws when one is missing. */
function lookStyles(sheetData: string, samples: readonly SampleCell[]): Map<string, number> {
  const styles = frameStyles(sheetData);
  const byLook = new Map<string, number>();
  for (const sample of samples) {
    const style = styles.get(`${columnName(sample.col)}${sample.row + 1}`);
    if (style === undefined) throw new Error(`the frame lacks its sample cell ${sample.row + 1}:${sample.col + 1}`);
    byLook.set(sample.key, style);
  }
  return byLook;
}

/**
 * Lays the content out in the frame's XML, its text added to the shared strings: the sheet's XML in pieces that the
 * zip deflates without joining them. Throws when the frame lacks a part it should hold.
 */
export function layOutSheet(frameXml: string, { content, samples }: BuiltSheet, strings: SharedStrings): Buffer[] {
  const sheetData = element(frameXml, "sheetData");
  if (!sheetData) throw new Error("the frame's XML has no sheetData");
  const styles = lookStyles(frameXml.slice(sheetData.start, sheetData.end), samples);
  const covered = coveredCells(content.merges);
  const columns: string[] = [];
  const links = linkWriter();
  const rows = xmlBytes(deflateEarly);
  let right = -1;
  let bottom = -1;
  rows.write("<sheetData>");
  for (let r = 0; r < content.rows.length; r++) {
    const row = content.rows[r] ?? [];
    const rowNumber = String(r + 1);
    let cells = "";
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      const key = styleKey(cell);
      if (cell.value === null && key === "") continue;
      const ref = (columns[c] ??= columnName(c)) + rowNumber;
      const shown = covered.size === 0 || !covered.has(cellIndex(r, c));
      cells += cellXml(ref, cell, styles.get(key) ?? 0, shown, strings);
      const link = shown ? linkOf(cell) : null;
      if (link) links.add(ref, link, String(cell.value));
      right = Math.max(right, c);
      bottom = r;
    }
    if (cells !== "") rows.write(`<row r="${rowNumber}">${cells}</row>`);
  }
  rows.write("</sheetData>");
  const dimension = element(frameXml, "dimension");
  const replacements: [Span, Buffer[]][] = [];
  if (dimension && bottom >= 0)
    replacements.push([dimension, [Buffer.from(`<dimension ref="A1:${columnName(right)}${bottom + 1}"/>`)]]);
  replacements.push([sheetData, rows.pieces()]);
  if (links.count() > 0) {
    // The frame holds no link (see sampleCells): ExcelJS wrote no <hyperlinks> to replace.
    const place = hyperlinksPlace(frameXml, sheetData.end);
    replacements.push([{ start: place, end: place }, links.pieces()]);
  }
  return replaceSpans(frameXml, replacements);
}

function cellXml(ref: string, cell: SheetCell, style: number, shown: boolean, strings: SharedStrings): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const value = shown ? cell.value : null;
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
}

/** The frame's XML as pieces of bytes, each span (in order, apart) replaced. */
function replaceSpans(xml: string, replacements: readonly (readonly [Span, readonly Buffer[]])[]): Buffer[] {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const [span, replacement] of replacements) {
    pieces.push(Buffer.from(xml.slice(at, span.start), "utf8"), ...replacement);
    at = span.end;
  }
  pieces.push(Buffer.from(xml.slice(at), "utf8"));
  return pieces;
}
