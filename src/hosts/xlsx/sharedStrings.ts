import { escapeXml, xmlBytes } from "./xmlText";

/**
 * ExcelJS's shared-strings part, to which the sheets the host lays out add their text: each distinct text is stored
 * once and cells name it by index, as Excel and ExcelJS store text, instead of repeating it in every cell.
 */
export type SharedStrings = {
  /** The index of a text, added after ExcelJS's own strings the first time it is asked for. */
  index(text: string): number;
  /** Whether any text was added. */
  added(): boolean;
  /** The part with the added texts, in pieces. */
  part(): Buffer[];
};

const OPENING = /<sst [^>]*>/;

/**
 * ExcelJS's part as it wrote it (`<sst … count="…" uniqueCount="…">…</sst>`), to be extended; undefined when it
 * wrote none (a workbook without text), and then no text can be added.
 */
export function sharedStrings(xml: string | undefined): SharedStrings {
  if (xml === undefined) {
    return {
      index: () => {
        throw new Error("ExcelJS wrote no shared strings");
      },
      added: () => false,
      part: () => [],
    };
  }
  const opening = OPENING.exec(xml);
  const close = xml.lastIndexOf("</sst>");
  const unique = /uniqueCount="(\d+)"/.exec(opening?.[0] ?? "");
  const total = / count="(\d+)"/.exec(opening?.[0] ?? "");
  if (!opening || close < 0 || !unique || !total) throw new Error("unreadable shared strings part");
  const first = Number(unique[1]);
  const indexes = new Map<string, number>();
  let references = Number(total[1]);
  return {
    index(text) {
      references++;
      let at = indexes.get(text);
      if (at === undefined) {
        at = first + indexes.size;
        indexes.set(text, at);
      }
      return at;
    },
    added: () => indexes.size > 0,
    part() {
      const out = xmlBytes();
      const counted = opening[0]
        .replace(/ count="\d+"/, ` count="${references}"`)
        .replace(/uniqueCount="\d+"/, `uniqueCount="${first + indexes.size}"`);
      out.write(xml.slice(0, opening.index) + counted);
      out.write(xml.slice(opening.index + opening[0].length, close));
      for (const text of indexes.keys()) {
        const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
        out.write(`<si><t${space}>${escapeXml(text)}</t></si>`);
      }
      out.write(xml.slice(close));
      return out.pieces();
    },
  };
}
