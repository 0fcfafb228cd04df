/** A label's outline marks taken off: its numbering and a leading `其中：`. */
export type OutlineMarks = {
  /** The text after the marks. */
  readonly body: string;
  /** Numbering rank: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `(1)`, 5 `①`; 0 when unnumbered. */
  readonly numbering: number;
  /** The label starts with `其中：`: a part of the row above. */
  readonly partOf: boolean;
};

const PART_OF = /^其中\s*:?\s*/;
const NUMBERING: readonly RegExp[] = [
  /^[一二三四五六七八九十]+\s*[、.]\s*/,
  /^\(\s*[一二三四五六七八九十]+\s*\)\s*/,
  /^\d+\s*[、.](?!\d)\s*/,
  /^\(\s*\d+\s*\)\s*/,
  /^[①-⑳]\s*/,
];

/**
 * Takes the outline marks off a label already passed through `normaliseText` (so brackets and colons are half-width):
 * `其中：` first, then one numbering mark. `1.5万元以下` keeps its number.
 */
export function splitOutlineMarks(folded: string): OutlineMarks {
  const partOf = PART_OF.test(folded);
  const rest = folded.replace(PART_OF, "");
  for (let index = 0; index < NUMBERING.length; index++) {
    const match = NUMBERING[index]?.exec(rest);
    if (match) return { body: rest.slice(match[0].length), numbering: index + 1, partOf };
  }
  return { body: rest, numbering: 0, partOf };
}
