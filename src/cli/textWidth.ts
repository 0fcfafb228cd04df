/** Columns a character takes in a terminal: two for CJK and full-width forms, one otherwise. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 2 : 1;
}

/** Columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** The text padded with spaces to `width` columns (never cut). */
export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** The longest start of the text that fits in `width` columns. */
export function cutDisplay(text: string, width: number): string {
  let out = "";
  let used = 0;
  for (const ch of text) {
    used += charWidth(ch);
    if (used > width) break;
    out += ch;
  }
  return out;
}
