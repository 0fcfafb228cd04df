import { inflateZip, storedParts } from "../../../src/hosts/xlsx/zip";

/**
 * A cell's link as the saved file holds it, read from its XML rather than through ExcelJS (which reads no link
 * without a relationship): a place in the workbook is `location`; a link out of it is a relationship.
 */
export type SavedLink = {
  readonly location?: string;
  readonly display?: string;
  readonly tooltip?: string;
  readonly relationship?: { readonly target: string; readonly external: boolean };
};

const ENTITIES: { readonly [name: string]: string } = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

/** Each element `<tag …>` of the XML as its attributes, unescaped. */
function elements(xml: string, tag: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?=[\\s/>])([^>]*)>`, "g"))].map(
    ([, attributes]) =>
      new Map(
        [...(attributes ?? "").matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, name, double, single]) => [
          name ?? "",
          unescape(double ?? single ?? ""),
        ]),
      ),
  );
}

/** The relationships part of a part ("xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"). */
const relationshipsOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship's target as a part's name, from the folder of the part that has it. */
function partNamed(target: string, folder: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = `${folder}/${target}`.split("/");
  const resolved: string[] = [];
  for (const step of path) {
    if (step === "..") resolved.pop();
    else if (step !== ".") resolved.push(step);
  }
  return resolved.join("/");
}

/** The links of every sheet of a saved workbook: sheet name → cell (or range) → link. */
export async function savedLinks(file: Buffer): Promise<Map<string, Map<string, SavedLink>>> {
  const parts = storedParts(await inflateZip(file));
  const text = (name: string): string => parts.get(name)?.toString("utf8") ?? "";
  const workbookRelationships = new Map(
    elements(text("xl/_rels/workbook.xml.rels"), "Relationship").map((rel) => [rel.get("Id"), rel.get("Target")]),
  );
  const links = new Map<string, Map<string, SavedLink>>();
  for (const sheet of elements(text("xl/workbook.xml"), "sheet")) {
    const target = workbookRelationships.get(sheet.get("r:id"));
    if (target === undefined) continue;
    const part = partNamed(target, "xl");
    const relationships = new Map(
      elements(text(relationshipsOf(part)), "Relationship").map((rel) => [rel.get("Id"), rel]),
    );
    const cells = new Map<string, SavedLink>();
    for (const link of elements(text(part), "hyperlink")) {
      const saved: { -readonly [K in keyof SavedLink]: SavedLink[K] } = {};
      for (const name of ["location", "display", "tooltip"] as const) {
        const value = link.get(name);
        if (value !== undefined) saved[name] = value;
      }
      const relationship = relationships.get(link.get("r:id"));
      if (relationship)
        saved.relationship = {
          target: relationship.get("Target") ?? "",
          external: relationship.get("TargetMode") === "External",
        };
      cells.set(link.get("ref") ?? "", saved);
    }
    links.set(sheet.get("name") ?? "", cells);
  }
  return links;
}
