import { formatScore } from "../core/format";
import type { Severity } from "../core/findings/types";
import type { FileOutcome } from "./checkFile";
import type { Messages } from "./messages";
import { displayWidth, padDisplay } from "./textWidth";

const NONE = "—";

function count(outcome: FileOutcome, severity: Severity): number {
  return "checked" in outcome ? outcome.checked.findings.filter((f) => f.severity === severity).length : 0;
}

/** One row per file: file, number of tables, total and grade of each table, counts of errors and warnings. */
function rowOf(outcome: FileOutcome): readonly string[] | string {
  if (!("checked" in outcome)) return outcome.error;
  const tables = outcome.checked.result.tables;
  const totals = tables.map((table) => (table.total === null ? NONE : formatScore(table.total)));
  const grades = tables.map((table) => table.grade ?? NONE);
  return [
    outcome.file,
    String(tables.length),
    totals.join(" / ") || NONE,
    grades.join(" / ") || NONE,
    String(count(outcome, "error")),
    String(count(outcome, "warning")),
  ];
}

/** The summary printed by `selfeval check`: a header, one aligned line per file, and where the copies went. */
export function formatSummary(outcomes: readonly FileOutcome[], outDir: string, text: Messages): string {
  const { columns } = text;
  const header = [columns.file, columns.tables, columns.total, columns.grade, columns.errors, columns.warnings];
  const rows = outcomes.map(rowOf);
  const table = [header, ...rows.filter((row): row is readonly string[] => typeof row !== "string")];
  const widths = header.map((_, c) => Math.max(...table.map((row) => displayWidth(row[c] ?? ""))));
  const line = (row: readonly string[]): string =>
    row
      .map((value, c) => padDisplay(value, widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  const body = rows.map((row) => (typeof row === "string" ? `✖ ${row}` : line(row)));
  const failed = outcomes.filter((outcome) => !("checked" in outcome)).length;
  return [line(header), ...body, text.summary(outcomes.length - failed, failed, outDir)].join("\n") + "\n";
}
