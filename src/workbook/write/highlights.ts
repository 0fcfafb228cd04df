import type { Finding, FindingCode } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import type { IndicatorStatus, WorkbookResult } from "../../core/results";
import type { FillWrite } from "../plan";
import { fillKey, type CellFills, type WorkbookSnapshot } from "../snapshot";
import type { StateData } from "../state";
import { cellMapOf, entriesOf, valueAt, type CellEntry, type CellMap } from "./cellMap";
import { CellSet } from "./cellSet";
import { HIGHLIGHT } from "./colors";
import { findSheet, isWritableSheet } from "./snapshotLookup";

/** A cell to paint and its colour. */
export type Highlight = CellRef & { readonly color: string };

/** Findings whose cell holds input the engine could not use. */
const BAD_INPUT: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "TARGET_UNPARSEABLE",
  "ACTUAL_UNPARSEABLE",
  "UNIT_MISMATCH",
  "CELL_ERROR_VALUE",
]);

const ROW_COLORS: { readonly [S in IndicatorStatus]?: string } = {
  missed: HIGHLIGHT.missed,
  exceeded: HIGHLIGHT.exceeded,
};

/**
 * The cells to highlight (SPEC §4), each once. Where reasons overlap the most pressing colour wins: bad input, then
 * a missing 偏差原因, then missed target, then over-achievement. Cells of protected or absent sheets are left out.
 */
export function highlightsOf(
  result: WorkbookResult,
  findings: readonly Finding[],
  snapshot: WorkbookSnapshot,
): Highlight[] {
  const marks: Highlight[] = [];
  const marked = new CellSet();
  // Asked once per sheet, not once per cell.
  const writable = new Map<string, boolean>();
  const isWritable = (sheet: string): boolean => {
    let answer = writable.get(sheet);
    if (answer === undefined) writable.set(sheet, (answer = isWritableSheet(snapshot, sheet)));
    return answer;
  };
  const mark = (at: CellRef | undefined, color: string): void => {
    if (!at || marked.has(at.sheet, at.cell) || !isWritable(at.sheet)) return;
    marked.add(at.sheet, at.cell);
    marks.push({ sheet: at.sheet, cell: at.cell, color });
  };
  const indicators = result.tables.flatMap((table) => table.indicators);
  for (const f of findings) if (BAD_INPUT.has(f.code)) mark(f, HIGHLIGHT.badInput);
  for (const { row, reasonRequired } of indicators) {
    if (reasonRequired && row.reason.trim() === "") mark(row.at.reason, HIGHLIGHT.reasonMissing);
  }
  for (const { fund } of result.tables) {
    // 预算执行率 below 100 % loses points like any missed indicator.
    if (fund && fund.score !== null && fund.score < fund.weight) {
      mark(fund.fund.at.rate, HIGHLIGHT.missed);
      mark(fund.fund.at.score, HIGHLIGHT.missed);
    }
  }
  for (const { row, status } of indicators) {
    const color = ROW_COLORS[status];
    if (color === undefined) continue;
    mark(row.at.score, color);
    mark(row.at.actual, color);
  }
  return marks;
}

/** The fill writes of one plan and the fills the add-in then keeps to restore. */
export type PlannedFills = { readonly fills: FillWrite[]; readonly savedFills: CellMap<string | null> };

/**
 * Paints the highlights and keeps each cell's original fill: the one saved when the add-in first painted it, else
 * its current fill. A cell painted before that needs no highlight now gets its original back. Saved fills on a
 * protected sheet are kept until it can be written; those of a deleted sheet are forgotten.
 * With no highlights this is 清除标记.
 */
export function planHighlights(
  highlights: readonly Highlight[],
  current: CellFills,
  previous: StateData["savedFills"],
  snapshot: WorkbookSnapshot,
): PlannedFills {
  const fills: FillWrite[] = [];
  const saved: CellEntry<string | null>[] = [];
  const painted = new CellSet();
  for (const highlight of highlights) {
    const { sheet, cell } = highlight;
    painted.add(sheet, cell);
    const before = valueAt(previous, sheet, cell);
    saved.push({
      sheet,
      cell,
      // Looked up as it is: copying 100,000 fills into a Map first costs more than the lookups. No key of
      // Object.prototype holds the `!` of every fill key.
      value: before === undefined ? (current[fillKey(sheet, cell)] ?? null) : before,
    });
    // A highlight is a fill write already: plain immutable data, shared rather than copied.
    fills.push(highlight);
  }
  for (const entry of entriesOf(previous)) {
    const sheet = findSheet(snapshot, entry.sheet);
    if (!sheet || painted.has(entry.sheet, entry.cell)) continue;
    if (sheet.protected) saved.push(entry);
    else fills.push({ sheet: entry.sheet, cell: entry.cell, color: entry.value });
  }
  return { fills, savedFills: cellMapOf(saved) };
}
