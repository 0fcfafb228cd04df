import type { Finding, Severity } from "../../core/findings/types";
import type { WorkbookSnapshot } from "../snapshot";
import { compareText, readingIndex } from "./cellMap";

const SEVERITY_ORDER: { readonly [S in Severity]: number } = { error: 0, warning: 1, info: 2 };

/**
 * Findings in the order a person works through them: errors first, then sheet by sheet in workbook order, then
 * cell by cell in reading order. Findings about no sheet of the workbook (an invalid --rules) head their group.
 */
export function sortFindings(findings: readonly Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetIndex = new Map(snapshot.sheets.map((sheet, index) => [sheet.name, index]));
  return findings
    .map((f) => ({ f, sheet: sheetIndex.get(f.sheet) ?? -1, cell: readingIndex(f.cell) }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.sheet - b.sheet ||
        a.cell - b.cell ||
        compareText(a.f.cell, b.f.cell),
    )
    .map(({ f }) => f);
}
