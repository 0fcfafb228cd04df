/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/**
 * `name`, or the first of "name (2)", "name (3)", … that no sheet has yet, as Excel names a copied sheet. Names are
 * compared without case, as Excel compares them; the base is shortened when the suffix would pass 31 characters.
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((existing) => existing.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
