import type ExcelJS from "exceljs";
import type { PartBytes } from "./zip";

/**
 * Worksheet links as Excel writes them. A link to a place in the workbook is `<hyperlink ref="C2" location="表!H16"
 * display="H16"/>`, with no `r:id` and no relationship (ECMA-376 Part 1, §18.3.1.47); only a link out of the workbook
 * (a URL, a file) has a relationship. ExcelJS 4 reads a sheet's links through their relationships only, so it drops
 * every link without one when it loads a file (worksheet-xform.js, `reconcile`); and it writes a link to "#表!H16" as
 * a relationship marked External, with `location` too, which Excel and LibreOffice join into a link to
 * "…#表!H16##表!H16" that goes nowhere (exceljs/exceljs#3027).
 *
 * So the file host keeps the links to places in the workbook itself: it reads them from each sheet's XML when it
 * loads the file, and writes them back, as they were, into the XML ExcelJS writes for the same sheet. Handing them to
 * ExcelJS instead (as relationships to "#…") would turn a linked cell's formula into its result, and lose the link's
 * `display` and `tooltip`. Any link ExcelJS itself writes to "#…" is turned into Excel's form on the way out.
 */

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** The links to places in the workbook a sheet was loaded with, as `<hyperlink …/>` elements, by the sheet. */
const kept = new WeakMap<ExcelJS.Worksheet, string>();

/**
 * The elements CT_Worksheet puts after `<hyperlinks>`, in the XML ExcelJS writes: the links go before the first of
 * them, or at the end of the worksheet.
 */
const AFTER_HYPERLINKS =
  /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|ignoredErrors|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|tableParts|extLst)[\s/>]|<\/worksheet>/g;

/** Where a `<hyperlinks>` element goes in a worksheet's XML that has none, searched from `from` (sheetData's end). */
export function hyperlinksPlace(xml: string, from: number): number {
  AFTER_HYPERLINKS.lastIndex = from;
  const next = AFTER_HYPERLINKS.exec(xml);
  if (!next) throw new Error("the worksheet's XML has no end");
  return next.index;
}

type Attribute = { readonly name: string; readonly value: string };

/** An element's attributes, their values left escaped (as double-quoted values: a single-quoted `"` is escaped). */
function attributes(element: string): Attribute[] {
  return [...element.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, name, double, single]) => ({
    name: name ?? "",
    value: double ?? (single ?? "").replace(/"/g, "&quot;"),
  }));
}

const valueOf = (list: readonly Attribute[], name: string): string | undefined =>
  list.find((attribute) => attribute.name === name)?.value;

const elementOf = (tag: string, list: readonly Attribute[]): string =>
  `<${tag}${list.map(({ name, value }) => ` ${name}="${value}"`).join("")}/>`;

/** Each `<tag …>` in the XML, with its attributes. */
function elements(xml: string, tag: string): { readonly text: string; readonly attributes: Attribute[] }[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?=[\\s/>])[^>]*>`, "g"))].map(([text]) => ({
    text,
    attributes: attributes(text),
  }));
}

/**
 * Where the `<hyperlinks>` element of a sheet's XML would be: the XML after its cells, found from the end (a sheet is
 * megabytes of cells, its links come after them). `at` is where that tail starts in the sheet.
 */
function tailOf(sheet: Buffer): { readonly at: number; readonly xml: string } {
  const at = Math.max(0, sheet.lastIndexOf("</sheetData>"));
  return { at, xml: sheet.toString("utf8", at) };
}

/** Where something stands in a text: from `start` up to (not including) `end`. */
export type Span = { readonly start: number; readonly end: number };

/** The `<hyperlinks>…</hyperlinks>` element in the XML, or null (a `<hyperlinks/>` holds no link to keep). */
function hyperlinksIn(xml: string): (Span & { readonly inner: string }) | null {
  const start = xml.indexOf("<hyperlinks>");
  const close = start < 0 ? -1 : xml.indexOf("</hyperlinks>", start);
  if (close < 0) return null;
  return { start, end: close + "</hyperlinks>".length, inner: xml.slice(start + "<hyperlinks>".length, close) };
}

/**
 * A part's name from a relationship's target, resolved against the workbook part's folder as ExcelJS resolves it (a
 * sheet it cannot find this way is one it did not load).
 */
const workbookTarget = (target: string): string => `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;

/**
 * Keeps the links to places in the workbook of each sheet ExcelJS loaded from these parts (the file's, unzipped), so
 * that the save writes them back. Links with a relationship are ExcelJS's to keep.
 */
export function keepLocationLinks(workbook: ExcelJS.Workbook, parts: ReadonlyMap<string, Buffer>): void {
  const text = (name: string): string => parts.get(name)?.toString("utf8") ?? "";
  const targets = new Map(
    elements(text("xl/_rels/workbook.xml.rels"), "Relationship").map(({ attributes: list }) => [
      valueOf(list, "Id"),
      valueOf(list, "Target"),
    ]),
  );
  for (const { attributes: sheet } of elements(text("xl/workbook.xml"), "sheet")) {
    const target = targets.get(valueOf(sheet, "r:id"));
    const part = target === undefined ? undefined : parts.get(workbookTarget(target));
    if (!part) continue;
    const hyperlinks = hyperlinksIn(tailOf(part).xml);
    if (!hyperlinks) continue;
    const links = elements(hyperlinks.inner, "hyperlink")
      .map((link) => link.attributes)
      .filter((list) => valueOf(list, "location") !== undefined && !list.some(({ name }) => name.endsWith(":id")))
      // Only the schema's own attributes: another namespace's (xr:uid) may not be declared in ExcelJS's XML.
      .map((list) =>
        elementOf(
          "hyperlink",
          list.filter(({ name }) => !name.includes(":")),
        ),
      );
    const worksheet = workbook.getWorksheet(Number(valueOf(sheet, "sheetId")));
    if (worksheet && links.length > 0) kept.set(worksheet, links.join(""));
  }
}

/** A worksheet's part and its relationships part as the save writes them; null where a part is to be left out. */
export type SheetLinkParts = { readonly sheet: PartBytes; readonly relationships?: PartBytes | null };

/**
 * The worksheet's XML (and relationships part) as ExcelJS wrote them, with every link to a place in the workbook in
 * Excel's form: the links ExcelJS wrote as relationships to "#…" turned into `location`s (their relationships left
 * out, and the part with them when none is left), the links kept from the loaded file put back. Null when there is
 * nothing to change, as for most sheets: only the XML after the cells is read.
 */
export function linksAsExcelWrites(
  worksheet: ExcelJS.Worksheet,
  sheet: Buffer,
  relationships: Buffer | undefined,
): SheetLinkParts | null {
  const ours = kept.get(worksheet) ?? "";
  const tail = tailOf(sheet);
  const hyperlinks = hyperlinksIn(tail.xml);
  if (!hyperlinks && ours === "") return null;
  if (!hyperlinks) {
    const place = hyperlinksPlace(tail.xml, 0);
    return { sheet: spliced(sheet, tail, { start: place, end: place }, `<hyperlinks>${ours}</hyperlinks>`) };
  }
  const { places, relationshipsXml } = placeTargets(relationships?.toString("utf8") ?? "");
  if (places.size === 0 && ours === "") return null;
  const links = elements(hyperlinks.inner, "hyperlink").map(({ text, attributes: list }) => {
    const id = valueOf(list, "r:id");
    const place = id === undefined ? undefined : places.get(id);
    if (place === undefined) return text;
    const rest = list.filter(({ name }) => name !== "r:id" && name !== "location");
    return elementOf("hyperlink", [...rest, { name: "location", value: place }]);
  });
  return {
    sheet: spliced(sheet, tail, hyperlinks, `<hyperlinks>${links.join("")}${ours}</hyperlinks>`),
    ...(places.size > 0 && { relationships: relationshipsXml }),
  };
}

/**
 * The places of the relationships that link to "#…" (by Id, their targets without the "#"), and the relationships
 * part without them: null when none is left.
 */
function placeTargets(xml: string): { places: Map<string, string>; relationshipsXml: Buffer | null } {
  const places = new Map<string, string>();
  let others = 0;
  const rest = xml.replace(/<Relationship(?=[\s/>])[^>]*>/g, (text) => {
    const list = attributes(text);
    const id = valueOf(list, "Id");
    const target = valueOf(list, "Target");
    if (id === undefined || valueOf(list, "Type") !== HYPERLINK_TYPE || !target?.startsWith("#")) {
      others++;
      return text;
    }
    places.set(id, target.slice(1));
    return "";
  });
  return { places, relationshipsXml: others > 0 ? Buffer.from(rest, "utf8") : null };
}

/** The sheet's bytes with a span of its tail replaced: views of the sheet around the new XML, nothing copied. */
function spliced(sheet: Buffer, tail: { at: number; xml: string }, span: Span, xml: string): Buffer[] {
  const from = tail.at + Buffer.byteLength(tail.xml.slice(0, span.start));
  const to = tail.at + Buffer.byteLength(tail.xml.slice(0, span.end));
  return [sheet.subarray(0, from), Buffer.from(xml, "utf8"), sheet.subarray(to)];
}
