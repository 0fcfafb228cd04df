import type { CellRef } from "../core/location";

/** Zero-based row and column → A1 address ("H7"). */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Zero-based column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Columns in an Excel sheet (A to XFD) and rows (1 to 1,048,576). */
export const EXCEL_COLUMNS = 16384;
export const EXCEL_ROWS = 1048576;

/**
 * A1 address → zero-based row and column; null when the text is not an A1 address (`$` signs allowed, letters in
 * either case, at most XFD1048576).
 */
export function fromA1(address: string): { row: number; col: number } | null {
  const index = cellIndex(address);
  return index < 0 ? null : { row: Math.floor(index / EXCEL_COLUMNS), col: index % EXCEL_COLUMNS };
}

/**
 * The cell's place in reading order, `row × 16384 + column` (zero-based), or -1 when the text is not an A1 address.
 * Read character by character, with nothing allocated: the write side orders and looks up every output cell.
 */
export function cellIndex(address: string): number {
  let i = address.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (let code = address.charCodeAt(i); isLetter(code); code = address.charCodeAt(++i)) {
    col = col * 26 + ((code | LOWER_BIT) - LOWER_A + 1);
  }
  if (i === lettersFrom || i - lettersFrom > 3) return -1;
  if (address.charCodeAt(i) === DOLLAR) i += 1;
  let row = 0;
  const digitsFrom = i;
  for (let code = address.charCodeAt(i); code >= DIGIT_0 && code <= DIGIT_9; code = address.charCodeAt(++i)) {
    row = row * 10 + (code - DIGIT_0);
  }
  if (i === digitsFrom || i !== address.length || row < 1 || row > EXCEL_ROWS || col > EXCEL_COLUMNS) return -1;
  return (row - 1) * EXCEL_COLUMNS + (col - 1);
}

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LOWER_A = 97;
const LOWER_Z = 122;
/** ASCII upper and lower case differ by this bit only. */
const LOWER_BIT = 32;

function isLetter(code: number): boolean {
  const lower = code | LOWER_BIT;
  return lower >= LOWER_A && lower <= LOWER_Z;
}

/** Upper-case letters, no `$`, no leading zero: the spelling the add-in writes. */
const PLAIN_ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/**
 * The text is one cell of Excel's grid as the add-in names it: upper case, no `$` ("H7"; not "h7", "$H$7", "H0",
 * "XFE1" or "H7:H8"). Hosts write nothing of a plan naming anything else, and a state naming it is not the add-in's.
 */
export function isCellAddress(text: string): boolean {
  return PLAIN_ADDRESS.test(text) && fromA1(text) !== null;
}

/** A1 range ("A5:C9", or a single cell "A5") → zero-based corners; null when unreadable. */
export function rangeFromA1(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [first, second] = range.replace(/^.*!/, "").split(":");
  const a = first === undefined ? null : fromA1(first);
  const b = second === undefined ? a : fromA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A sheet name Excel writes bare: letters (of any script), digits, "_" and ".", starting with a letter or "_". */
const BARE_SHEET_NAME = /^[\p{L}_][\p{L}\p{Nd}_.]*$/u;
/** Names Excel would read as an R1C1 reference ("R", "C7", "R2C3") or a logical value rather than as a sheet. */
const READS_AS_OTHER = /^(?:R\d*(?:C\d*)?|C\d*|TRUE|FALSE)$/i;

/**
 * A cell of this workbook as Excel writes a reference to it, in a link's place or a formula: "项目表!H7", and
 * "'O''Brien 表'!H7" (quoted, its apostrophes doubled) when the name is more than a word or reads as something else,
 * such as a cell ("'A1'!B2"). Quoting every name would work in Excel, but LibreOffice carries the quotes of a link's
 * place into its target ("#'项目表'.H7").
 */
export function documentReference(ref: CellRef): string {
  const { sheet } = ref;
  const bare = BARE_SHEET_NAME.test(sheet) && !READS_AS_OTHER.test(sheet) && fromA1(sheet) === null;
  return `${bare ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${ref.cell}`;
}
