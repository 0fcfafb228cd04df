/**
 * Cutting what a person typed into one cell into the report's paragraphs and list items. Texts come from a
 * 基本情况 block: several lines in one cell, or a list written on one line (`（1）…（2）…`).
 */

/** An item's own numbering: `1.` `1、` `（1）` `(1)` `①`; `1.5万元` keeps its number. */
const ITEM_MARK = /^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[.、．](?!\d)|[①-⑳])\s*/;
/** The numbering of a list written on one line: `（1）…（2）…`. */
const INLINE_MARK = String.raw`[（(]\s*\d+\s*[)）]`;
const INLINE_MARKS = new RegExp(INLINE_MARK, "g");
const BEFORE_INLINE_MARK = new RegExp(`(?=${INLINE_MARK})`);

/** The non-empty lines of a text, trimmed: one paragraph each. */
export function paragraphsOf(value: string): string[] {
  return value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * The items of a list: one per line, or per `（n）` when a line holds several, each without its own numbering (the
 * report numbers them again).
 */
export function listItems(value: string): string[] {
  return paragraphsOf(value)
    .flatMap((line) => ((line.match(INLINE_MARKS) ?? []).length > 1 ? line.split(BEFORE_INLINE_MARK) : [line]))
    .map((item) => item.replace(ITEM_MARK, "").trim())
    .filter((item) => item !== "");
}
