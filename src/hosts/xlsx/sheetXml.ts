import { columnName } from "../../workbook/address";
import type { SheetCell } from "../../workbook/plan";
import { cellIndex, coveredCells, linkOf, sampleCells, styleKey, type SheetContent } from "./writeSheetContent";

/**
 * Lays out a sheet the host built whole (see writeSheetContent) as worksheet XML, inside the XML ExcelJS wrote for
 * its frame: the frame keeps everything but the cells and links (views, columns, merges, margins), and gives each
 * look's style index through the sample cell it holds. Text is written inline (`t="inlineStr"`), never as a formula;
 * links are written as ExcelJS writes them, so the file reads back the same in ExcelJS and opens the same in Excel.
 */

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Characters XML 1.0 cannot hold (ExcelJS drops them too). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const ESCAPES: { readonly [ch: string]: string } = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text as the saved file holds it: without the characters XML cannot hold. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

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

/** The frame's XML with each span replaced, spans in order and apart. */
function replaceSpans(xml: string, replacements: readonly (readonly [Span, string])[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const [span, replacement] of replacements) {
    pieces.push(xml.slice(at, span.start), replacement);
    at = span.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}

type Link = { readonly ref: string; readonly target: string };

function cellXml(ref: string, cell: SheetCell, style: number, covered: boolean): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const value = covered ? null : cell.value;
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** ExcelJS writes a link's place as `location` too when it reads as Sheet!A1 (its HyperlinkXform's own test). */
const hasLocation = (target: string): boolean => /^[^!]+![a-zA-Z]+\d+$/.test(target);

function hyperlinksXml(links: readonly Link[]): string {
  const items = links.map((link, i) => {
    const location = hasLocation(link.target) ? ` location="${escapeXml(link.target)}"` : "";
    return `<hyperlink ref="${link.ref}" r:id="rId${i + 1}"${location}/>`;
  });
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

function relationshipsXml(links: readonly Link[]): string {
  const items = links.map(
    (link, i) =>
      `<Relationship Id="rId${i + 1}" Type="${HYPERLINK_TYPE}" Target="${escapeXml(link.target)}" TargetMode="External"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${items.join("")}</Relationships>`;
}

/** The sheet's XML and, when it has links, its relationships part (which the frame's own link made ExcelJS write). */
export type LaidOutSheet = { readonly sheet: string; readonly relationships: string | null };

/** Lays the content out in the frame's XML; throws when the frame lacks a part it should hold. */
export function layOutSheet(frameXml: string, content: SheetContent): LaidOutSheet {
  const sheetData = element(frameXml, "sheetData");
  if (!sheetData) throw new Error("the frame's XML has no sheetData");
  const styles = frameStyles(frameXml.slice(sheetData.start, sheetData.end));
  const styleOfKey = new Map<string, number>();
  for (const sample of sampleCells(content)) {
    const style = styles.get(`${columnName(sample.col)}${sample.row + 1}`);
    if (style === undefined) throw new Error(`the frame lacks its sample cell ${sample.row + 1}:${sample.col + 1}`);
    styleOfKey.set(sample.key, style);
  }
  const covered = coveredCells(content.merges);
  const columns: string[] = [];
  const links: Link[] = [];
  const rows: string[] = [];
  let right = -1;
  let bottom = -1;
  content.rows.forEach((row, r) => {
    let cells = "";
    row.forEach((cell, c) => {
      const key = styleKey(cell);
      if (cell.value === null && key === "") return;
      const ref = `${(columns[c] ??= columnName(c))}${r + 1}`;
      const isCovered = covered.size > 0 && covered.has(cellIndex(r, c));
      cells += cellXml(ref, cell, styleOfKey.get(key) ?? 0, isCovered);
      const link = isCovered ? null : linkOf(cell);
      if (link !== null) links.push({ ref, target: link });
      right = Math.max(right, c);
      bottom = r;
    });
    if (cells !== "") rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const replacements: [Span, string][] = [];
  const dimension = element(frameXml, "dimension");
  if (dimension && bottom >= 0)
    replacements.push([dimension, `<dimension ref="A1:${columnName(right)}${bottom + 1}"/>`]);
  replacements.push([sheetData, `<sheetData>${rows.join("")}</sheetData>`]);
  if (links.length === 0) return { sheet: replaceSpans(frameXml, replacements), relationships: null };
  const hyperlinks = element(frameXml, "hyperlinks");
  if (!hyperlinks) throw new Error("the frame's XML has no hyperlinks");
  replacements.push([hyperlinks, hyperlinksXml(links)]);
  return { sheet: replaceSpans(frameXml, replacements), relationships: relationshipsXml(links) };
}
