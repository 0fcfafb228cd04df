import type { BudgetColumn } from "../../core/model";
import { readHeaderLabel, type ColumnRole, type HeaderLabel } from "./columnLabels";
import type { Grid } from "./grid";

/**
 * The block a header row opens: an indicator table (SPEC 2.1, and 2.2 in the same layout), a framework table (2.2,
 * Hunan style, with 评分标准 and per-level 分值), the fund block of a project table, or a budget table (2.3).
 */
export type HeaderKind = "indicator" | "framework" | "fund" | "budget";

/** A header row (or two) and the columns it names. */
export type Header = {
  readonly kind: HeaderKind;
  /** The header's first row; its rows start below `bottom`. */
  readonly row: number;
  /** The header's last row: `row`, or the row below it when the labels take two rows. */
  readonly bottom: number;
  /** Column of each role named in the row (the first cell naming it). */
  readonly columns: { readonly [R in ColumnRole]?: number };
  /** Roles whose header marks the column as percent (`实际完成值(%)`). */
  readonly percent: ReadonlySet<ColumnRole>;
  /** Leftmost and rightmost labelled columns. */
  readonly left: number;
  readonly right: number;
};

/** The headers of a sheet, and the rows that name an indicator table's levels yet open no table. */
export type HeaderScan = {
  readonly headers: readonly Header[];
  /** The first level label (一级指标, 二级指标, 三级指标) of each such row: a header that cannot be read. */
  readonly unreadable: readonly { readonly row: number; readonly col: number }[];
};

/** The amount columns, in the order tables print them. */
export const BUDGET_COLUMNS: readonly BudgetColumn[] = ["initial", "adjustment", "adjusted", "executed", "prior"];

/** Longer cells are sentences (notes, 评分标准 texts), never header labels; skipping them keeps the scan cheap. */
const MAX_LABEL_LENGTH = 40;

type Level = "level1" | "level2" | "name";

type RowLabels = {
  columns: { [R in ColumnRole]?: number };
  percent: Set<ColumnRole>;
  left: number;
  right: number;
  /** Every label sits in a cell merged down from the row above: the lower half of a two-row header. */
  fromAbove: boolean;
  /** Nothing but labels in the row's own cells (those merged down from above aside): no figure, no name. */
  onlyLabels: boolean;
  /** Column of the first level label. */
  firstLevel: number | null;
  /** A label cell merged down into the next row. */
  mergedDown: boolean;
};

const TABLE_KINDS: ReadonlySet<HeaderKind | null> = new Set(["indicator", "framework"]);

/**
 * Every header of the sheet, top to bottom, found by their labels wherever they are. An indicator or framework
 * header may take two rows, as many 自评表 print it: a group label over the columns it spans (`绩效指标` over the
 * three levels, `指标值` over 年度指标值 and 实际完成值) with the other labels merged down, or the labels simply
 * split between the rows. A row naming the levels that opens no table is reported, never dropped in silence.
 */
export function findHeaders(grid: Grid): HeaderScan {
  const headers: Header[] = [];
  const unreadable: { row: number; col: number }[] = [];
  const labelsOf = (row: number): RowLabels | null => (row <= grid.bottom ? rowLabels(grid, row) : null);
  let next = labelsOf(grid.top);
  for (let row = grid.top; row <= grid.bottom; row++) {
    const labels = next;
    next = labelsOf(row + 1);
    if (!labels || labels.fromAbove) continue;
    const pair = next && pairedLabels(grid, row, labels, next);
    if (pair) {
      headers.push(header(pair.kind, row, row + 1, pair.labels));
      row++;
      next = labelsOf(row + 1);
      continue;
    }
    const kind = classify(labels.columns);
    if (kind) headers.push(header(kind, row, row, labels));
    else if (startsTable(grid, row, labels)) unreadable.push({ row, col: labels.firstLevel });
  }
  return { headers, unreadable };
}

/**
 * A row that is no header yet starts an indicator table: a level label merged across the columns to its right (the
 * header merged into one cell), or a level label and another label beside it. A lone 一级指标 is only a word.
 */
function startsTable(grid: Grid, row: number, labels: RowLabels): labels is RowLabels & { firstLevel: number } {
  const { firstLevel } = labels;
  if (firstLevel === null) return false;
  return grid.mergeRight(row, firstLevel) > firstLevel || Object.keys(labels.columns).length > 1;
}

function header(kind: HeaderKind, row: number, bottom: number, labels: RowLabels): Header {
  const { columns, percent, left, right } = labels;
  return { kind, row, bottom, columns, percent, left, right };
}

/**
 * The labels of `row` and the row below read as one indicator or framework header, or null. The lower row holds
 * only labels; the upper one names some column of the table (not only 项目名称) and is no fund or budget header; and
 * either a label is merged down from the upper row, or neither row is a header alone.
 */
function pairedLabels(
  grid: Grid,
  row: number,
  upper: RowLabels,
  lower: RowLabels,
): { kind: HeaderKind; labels: RowLabels } | null {
  if (!lower.onlyLabels) return null;
  const upperKind = classify(upper.columns);
  if (upperKind !== null && !TABLE_KINDS.has(upperKind)) return null;
  if (Object.keys(upper.columns).every((role) => role === "item")) return null;
  const alone = TABLE_KINDS.has(upperKind) || TABLE_KINDS.has(classify(lower.columns));
  if (alone && !upper.mergedDown) return null;
  const labels = scanLabels(grid, [row, row + 1]);
  const kind = labels && classify(labels.columns);
  return labels && kind && TABLE_KINDS.has(kind) ? { kind, labels } : null;
}

function rowLabels(grid: Grid, row: number): RowLabels | null {
  return scanLabels(grid, [row]);
}

/**
 * The labels of one row, or of two read as one header: in each column the lowest row's label wins (年度指标值 under
 * 指标值), and a 分值 takes the level last named on its left in either row.
 */
function scanLabels(grid: Grid, rows: readonly number[]): RowLabels | null {
  let labels: RowLabels | null = null;
  let onlyLabels = true;
  let level: Level | null = null;
  for (let col = grid.left; col <= grid.right; col++) {
    let found: { label: HeaderLabel; row: number } | null = null;
    for (const row of rows) {
      const label = labelAt(grid, row, col);
      if (label === undefined) onlyLabels = false;
      if (!label) continue;
      if (isLevel(label.role)) level = label.role;
      found = { label, row };
    }
    if (!found) continue;
    const { label, row } = found;
    const role = label.role === "weight" ? weightRole(level) : label.role;
    labels ??= {
      columns: {},
      percent: new Set(),
      left: col,
      right: col,
      fromAbove: true,
      onlyLabels: true,
      firstLevel: null,
      mergedDown: false,
    };
    labels.right = col;
    labels.fromAbove &&= grid.isCovered(row, col);
    labels.mergedDown ||= grid.mergeBottom(row, col) > row;
    if (isLevel(role)) labels.firstLevel ??= col;
    if (labels.columns[role] !== undefined) continue;
    labels.columns[role] = col;
    if (label.percent) labels.percent.add(role);
  }
  if (labels) labels.onlyLabels = onlyLabels;
  return labels;
}

/**
 * The header label the cell starts, null for a blank cell or one that only continues a label to its left, and
 * undefined for a cell holding anything else (a figure, a name, a sentence).
 */
function labelAt(grid: Grid, row: number, col: number): HeaderLabel | null | undefined {
  if (grid.originCol(row, col) !== col) return null;
  const value = grid.value(row, col);
  if (value === null || value === "") return null;
  if (typeof value !== "string" || value.length > MAX_LABEL_LENGTH) return undefined;
  return readHeaderLabel(value) ?? (value.trim() === "" ? null : undefined);
}

const isLevel = (role: ColumnRole): role is Level => role === "level1" || role === "level2" || role === "name";

/** A 分值 column belongs to the level column left of it: 一级 分值 | 二级 分值 | 三级 分值. */
function weightRole(level: Level | null): ColumnRole {
  if (level === "level1") return "level1Weight";
  if (level === "level2") return "level2Weight";
  return "weight";
}

function classify(columns: RowLabels["columns"]): HeaderKind | null {
  const has = (role: ColumnRole): boolean => columns[role] !== undefined;
  if (has("name") && (has("level1") || has("level2") || has("rule"))) {
    if (has("rule") || has("level1Weight") || has("level2Weight")) return "framework";
    if (has("target") || has("actual") || has("weight") || has("score")) return "indicator";
    return null;
  }
  if (has("rate") && (has("adjusted") || has("executed")) && (has("weight") || has("score"))) return "fund";
  const amounts = BUDGET_COLUMNS.filter(has).length;
  return amounts >= 2 || (amounts === 1 && has("item")) ? "budget" : null;
}
