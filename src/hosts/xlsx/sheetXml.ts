import { columnName } from "../../workbook/address";
import type { SheetCell } from "../../workbook/plan";
import type { SharedStrings } from "./sharedStrings";
import type { CellRef } from "../../core/location";
import {
  cellIndex,
  coveredCells,
  internalLink,
  linkOf,
  styleKey,
  type BuiltSheet,
  type SampleCell,
} from "./writeSheetContent";
import { escapeXml, xmlBytes } from "./xmlText";
import { deflateEarly } from "./zip";

/**
 * Lays out a sheet the host built whole (see writeSheetContent) as worksheet XML, inside the XML ExcelJS wrote for
 * its frame: the frame keeps everything but the cells and links (views, columns, merges, margins), and gives each
 * look's style index through the sample cell it holds. Text goes to the shared strings, never into a formula; links
 * are written as ExcelJS writes them, so the file reads back the same in ExcelJS and opens the same in Excel.
 */

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The style index ExcelJS gave each cell of the frame (`s`, absent for 0), by A1 address. */
function frameStyles(sheetData: string): Map<string, number> {
  const styles = new Map<string, number>();
  for (const match of sheetData.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g))
    styles.set(match[1] ?? "", Number(match[2] ?? 0));
  return styles;
}

type Span = { readonly start: number; readonly end: number };

/** Where the element `<tag …>…</tag>` (or `<tag …/>`) stands in `xml`, or null. */
function element(xml: string, tag: string): Span | null {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return null;
  const opening = xml.indexOf(">", start);
  if (xml[opening - 1] === "/") return { start, end: opening + 1 };
  const close = xml.indexOf(`</${tag}>`, start);
  return close < 0 ? null : { start, end: close + tag.length + 3 };
}

/** ExcelJS writes a link's place as `location` too when it reads as Sheet!A1 (its HyperlinkXform's own test). */
const hasLocation = (target: string): boolean => /^[^!]+![a-zA-Z]+\d+$/.test(target);

/** Where links to one sheet go: `#'Sheet'!` escaped, and whether a link there also gets a `location`. */
type SheetTarget = { readonly escaped: string; readonly location: boolean };

/** An A1 cell address, as `hasLocation` wants it after the sheet. */
const PLAIN_CELL = /^[a-zA-Z]+\d+$/;

/**
 * A sheet's links: its `<hyperlinks>` element and its relationships part, written as the links come. A 校验结果
 * sheet links 100,000 cells of a few sheets: the sheet part of their targets is escaped once per sheet.
 */
function linkWriter(): { add(ref: string, to: CellRef): void; count(): number; element(): Buffer[]; part(): Buffer[] } {
  const element = xmlBytes(deflateEarly);
  const part = xmlBytes(deflateEarly);
  const sheets = new Map<string, SheetTarget>();
  const sheetTarget = (sheet: string): SheetTarget => {
    let target = sheets.get(sheet);
    if (target === undefined) {
      const prefix = internalLink({ sheet, cell: "" });
      // The target is the prefix and the cell: it reads as Sheet!A1 when the prefix does with any plain cell.
      target = { escaped: escapeXml(prefix), location: hasLocation(`${prefix}A1`) };
      sheets.set(sheet, target);
    }
    return target;
  };
  let count = 0;
  element.write("<hyperlinks>");
  part.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">`);
  return {
    add(ref, to) {
      const id = `rId${++count}`;
      const sheet = sheetTarget(to.sheet);
      const escaped = sheet.escaped + escapeXml(to.cell);
      const location = sheet.location && PLAIN_CELL.test(to.cell);
      element.write(`<hyperlink ref="${ref}" r:id="${id}"${location ? ` location="${escaped}"` : ""}/>`);
      part.write(`<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escaped}" TargetMode="External"/>`);
    },
    count: () => count,
    element() {
      element.write("</hyperlinks>");
      return element.pieces();
    },
    part() {
      part.write("</Relationships>");
      return part.pieces();
    },
  };
}

/**
 * The sheet's XML and, when it has links, its relationships part (which the frame's own link made ExcelJS write),
 * each in pieces that the zip deflates without joining them.
 */
export type LaidOutSheet = { readonly sheet: Buffer[]; readonly relationships: Buffer[] | null };

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
 * Lays the content out in the frame's XML, its text added to the shared strings; throws when the frame lacks a part
 * it should hold.
 */
export function layOutSheet(frameXml: string, { content, samples }: BuiltSheet, strings: SharedStrings): LaidOutSheet {
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
      if (shown && cell.link && linkOf(cell) !== null) links.add(ref, cell.link);
      right = Math.max(right, c);
      bottom = r;
    }
    if (cells !== "") rows.write(`<row r="${rowNumber}">${cells}</row>`);
  }
  rows.write("</sheetData>");
  const dimension = element(frameXml, "dimension");
  const hyperlinks = element(frameXml, "hyperlinks");
  const linked = links.count() > 0;
  if (linked && !hyperlinks) throw new Error("the frame's XML has no hyperlinks");
  const replacements: [Span, Buffer[]][] = [];
  if (dimension && bottom >= 0)
    replacements.push([dimension, [Buffer.from(`<dimension ref="A1:${columnName(right)}${bottom + 1}"/>`)]]);
  replacements.push([sheetData, rows.pieces()]);
  if (hyperlinks && linked) replacements.push([hyperlinks, links.element()]);
  return { sheet: replaceSpans(frameXml, replacements), relationships: linked ? links.part() : null };
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
