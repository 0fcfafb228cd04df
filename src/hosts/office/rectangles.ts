import { toA1 } from "../../workbook/address";

/** A zero-based cell position. */
export type Position = { readonly row: number; readonly col: number };

/** Zero-based corners of a rectangle of cells, inclusive. */
export type Rect = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/**
 * Covers exactly the given cells with few rectangles: each row's cells become runs of adjacent columns, and a run
 * continues the rectangle above it when that rectangle spans the same columns and ends on the row before.
 * Highlighted indicator rows and a findings sheet's styled rows collapse to a handful of rectangles this way.
 */
export function toRectangles(cells: Iterable<Position>): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  let row = -1;
  let next = new Map<string, Rect>();
  const closeRow = (): void => {
    for (const rect of open.values()) done.push(rect);
    open = next;
    next = new Map();
  };
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i];
    if (first.row !== row) {
      closeRow();
      row = first.row;
    }
    let right = first.col;
    let j = i + 1;
    for (; j < sorted.length; j += 1) {
      const cell = sorted[j];
      if (cell.row !== row || cell.col > right + 1) break;
      right = cell.col;
    }
    const key = `${first.col}:${right}`;
    const above = open.get(key);
    if (above && above.bottom === row - 1) {
      open.delete(key);
      next.set(key, { ...above, bottom: row });
    } else {
      next.set(key, { top: row, left: first.col, bottom: row, right });
    }
    i = j;
  }
  closeRow();
  closeRow();
  return done;
}

/** A rectangle's A1 address: "B7" for one cell, "B7:D9" otherwise. */
export function rectAddress(rect: Rect): string {
  const start = toA1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${toA1(rect.bottom, rect.right)}`;
}

/**
 * Joins addresses with commas into strings of at most `maxChars` characters, for `Worksheet.getRanges`.
 * Quirk: `getRanges` silently truncates an address string past 8192 characters (Excel troubleshooting docs,
 * "Range return character limit"), which would drop cells without an error; the caller passes a limit below that.
 */
export function joinAddresses(addresses: readonly string[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
