/** Anything `normaliseText` changes: full-width forms, ≦ ≧, and white space other than single inner spaces. */
const NEEDS_FOLDING = /[\uff01-\uff5e\u3000≦≧]|\s\s|[^\S ]|^\s|\s$/;

/**
 * Folds what people type in Chinese spreadsheets into one form: full-width ASCII (`９５％`, `（万元）`, `＞＝`) to
 * half-width, ideographic space to space, and runs of white space (line breaks inside labels: `年度\n指标值`) to
 * nothing or one space. Comparison signs (≥ ≤ ≦ ≧) are kept as the two canonical ones.
 */
export function normaliseText(text: string): string {
  // Most cells need no folding at all; finding that out with one scan spares building the string again.
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (ch === "≦") out += "≤";
    else if (ch === "≧") out += "≥";
    else out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** A label as a key for matching headers: normalised, with every space removed (`年度 指标值` → `年度指标值`). */
export function labelKey(text: string): string {
  return normaliseText(text).replace(/\s/g, "");
}
