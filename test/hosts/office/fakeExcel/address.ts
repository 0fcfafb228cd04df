import { fromA1, rangeFromA1, toA1 } from "../../../../src/workbook/address";
import { FakeErrorCode, FakeOfficeError } from "./fakeError";
import { type FakeRect, MAX_COLS, MAX_ROWS } from "./model";

export const WHOLE_SHEET: FakeRect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

/** Column letters → zero-based index, or null. */
function columnIndex(letters: string): number | null {
  const position = fromA1(`${letters}1`);
  return position ? position.col : null;
}

/**
 * An address as `Worksheet.getRange` takes it: "B7", "B7:D9", whole columns "A:C", whole rows "3:5";
 * null when unreadable (Excel then fails the request with InvalidArgument).
 */
export function parseAddress(address: string): FakeRect | null {
  const [first = "", second = first] = address.trim().toUpperCase().replace(/\$/g, "").split(":");
  if (/^[A-Z]+$/.test(first) && /^[A-Z]+$/.test(second)) {
    const a = columnIndex(first);
    const b = columnIndex(second);
    return a === null || b === null
      ? null
      : { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const a = Number(first) - 1;
    const b = Number(second) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
  }
  return rangeFromA1(`${first}:${second}`);
}

/** "B7" or "B7:D9", as Excel writes a rectangle. */
export function rectA1(rect: FakeRect): string {
  const start = toA1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${toA1(rect.bottom, rect.right)}`;
}

/** "Sheet1!B7:D9", the sheet quoted when its name is not a plain word ("'My sheet'!B7"). */
export function qualifiedA1(sheet: string, rect: FakeRect): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${rectA1(rect)}`;
}

/** A rectangle inside the sheet's grid; Excel fails a range reaching past the last row or column. */
export function inGrid(rect: FakeRect, path: string): FakeRect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, "The range is outside the worksheet's grid.", path);
  }
  return rect;
}

export const intersects = (a: FakeRect, b: FakeRect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Every position of a rectangle, row by row. */
export function* positions(rect: FakeRect): Generator<{ row: number; col: number }> {
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let col = rect.left; col <= rect.right; col += 1) yield { row, col };
  }
}
