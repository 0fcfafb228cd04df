import type { ReportParagraph, ReportRun } from "./types";

/**
 * Building paragraphs out of runs. Sentences are written as tagged templates, ``runs`年初预算数${wan(x)}。` ``: the
 * literal parts become text runs, interpolated runs keep their kind, and interpolated strings (names and reasons a
 * person typed) become text runs too.
 */

/** Words of the report. */
export const text = (value: string): ReportRun => ({ text: value, kind: "text" });

/** A figure from the workbook, or derived from its figures, with its unit (`797.14万元`). */
export const figure = (value: string): ReportRun => ({ text: value, kind: "figure" });

/** Something only a person can write (`【请填写：…】`). */
export const placeholder = (value: string): ReportRun => ({ text: value, kind: "placeholder" });

/** What a sentence template may interpolate. */
export type Part = ReportRun | string | readonly ReportRun[];

/** A tagged template: ``runs`…${part}…` `` → runs, adjacent text merged and empty text dropped. */
export function runs(strings: TemplateStringsArray, ...parts: readonly Part[]): ReportRun[] {
  const out: ReportRun[] = [];
  strings.forEach((literal, index) => {
    push(out, text(literal));
    const part = index < parts.length ? parts[index] : undefined;
    if (part === undefined) return;
    if (typeof part === "string") push(out, text(part));
    else if (isRun(part)) push(out, part);
    else for (const run of part) push(out, run);
  });
  return out;
}

/** A paragraph of the given runs. */
export const paragraph = (...parts: readonly (readonly ReportRun[])[]): ReportParagraph => ({
  runs: concat(...parts),
});

/** Runs one after another, adjacent text merged. */
export function concat(...parts: readonly (readonly ReportRun[])[]): ReportRun[] {
  const out: ReportRun[] = [];
  for (const part of parts) for (const run of part) push(out, run);
  return out;
}

/** Lists joined by a separator (`、`, `，`), for enumerations inside a sentence. */
export function joinRuns(items: readonly (readonly ReportRun[])[], separator: string): ReportRun[] {
  return concat(...items.flatMap((item, index) => (index === 0 ? [item] : [[text(separator)], item])));
}

/** The plain text of runs, as a sheet cell or a test reads it. */
export const plainText = (parts: readonly ReportRun[]): string => parts.map((run) => run.text).join("");

function isRun(part: ReportRun | readonly ReportRun[]): part is ReportRun {
  return !Array.isArray(part);
}

function push(out: ReportRun[], run: ReportRun): void {
  if (run.text === "") return;
  const last = out[out.length - 1];
  if (last && last.kind === "text" && run.kind === "text") out[out.length - 1] = text(last.text + run.text);
  else out.push(run);
}
