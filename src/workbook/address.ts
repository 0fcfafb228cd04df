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

/** A1 address → zero-based row and column; null when the text is not an A1 address. */
export function fromA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Excel's grid: rows 1–1,048,576, columns A–XFD. */
const EXCEL_ROWS = 1_048_576;
const LAST_COLUMN = "XFD";
const CELL_ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/**
 * The text is one cell of Excel's grid as the add-in names it: upper case, no `$` ("H7"; not "h7", "$H$7", "H0",
 * "XFE1" or "H7:H8"). Hosts write nothing of a plan naming anything else, and a state naming it is not the add-in's.
 * Called for every cell of a plan, so it allocates nothing.
 */
export function isCellAddress(text: string): boolean {
  if (!CELL_ADDRESS.test(text)) return false;
  let digits = 1;
  while (text.charCodeAt(digits) >= 65) digits++;
  // Three letters compare as the columns they name: ZZZ sorts after XFD as it lies right of it.
  const column = digits < 3 || text.slice(0, 3) <= LAST_COLUMN;
  return column && (text.length - digits < 7 || Number(text.slice(digits)) <= EXCEL_ROWS);
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
