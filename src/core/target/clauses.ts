// A comma between digits followed by three more (`1,000`) groups thousands; any other `,` `;` `。` `!` `?` ends a
// clause (normalised text has folded `，；！？` to these).
const CLAUSE_BREAK = /(?<!\d),|,(?!\d{3}(?!\d))|[;。!?]/;

/** Splits a normalised 指标值 into its clauses, trimmed, without empty ones (`100%处置，不留隐患` → two). */
export function splitClauses(normalised: string): string[] {
  return normalised
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== "");
}

/** The clauses other than the main one(s), joined as written in Chinese; null when there are none. */
export function riderOf(clauses: readonly string[], isMain: (index: number) => boolean): string | null {
  const rest = clauses.filter((_, index) => !isMain(index));
  return rest.length === 0 ? null : rest.join("，");
}
