/** Writing XML text for the parts the file host lays out itself (sheetXml.ts, sharedStrings.ts). */

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

/** Text escaped for an XML element or attribute. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Bytes of a chunk of XML: text is encoded as it comes, so that no large string is ever built (nor kept). */
const CHUNK = 1 << 20;
/** The most bytes UTF-8 takes for one UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Gathers XML text as UTF-8 bytes, handed over in the chunks it was written into and never joined: a 100,000-row
 * sheet is tens of megabytes, and each copy of it outside V8's heap brings a collection of the whole heap nearer.
 */
export type XmlBytes = { write(text: string): void; pieces(): Buffer[] };

/** @param onPiece told of each chunk as it fills up, before the text is done (to start compressing it). */
export function xmlBytes(onPiece?: (piece: Buffer) => void): XmlBytes {
  const full: Buffer[] = [];
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  return {
    write(text) {
      if (text.length * MAX_BYTES_PER_UNIT > chunk.length - used) {
        const piece = chunk.subarray(0, used);
        full.push(piece);
        onPiece?.(piece);
        chunk = Buffer.allocUnsafe(Math.max(CHUNK, text.length * MAX_BYTES_PER_UNIT));
        used = 0;
      }
      used += chunk.write(text, used, "utf8");
    },
    pieces() {
      return [...full, chunk.subarray(0, used)].filter((piece) => piece.length > 0);
    },
  };
}
