import type { BudgetColumn } from "../../core/model";
import { readHeaderLabel, type ColumnRole } from "./columnLabels";
import type { Grid } from "./grid";

/**
 * The block a header row opens: an indicator table (SPEC 2.1, and 2.2 in the same layout), a framework table (2.2,
 * Hunan style, with 评分标准 and per-level 分值), the fund block of a project table, or a budget table (2.3).
 */
export type HeaderKind = "indicator" | "framework" | "fund" | "budget";

/** A header row and the columns it names. */
export type Header = {
  readonly kind: HeaderKind;
  readonly row: number;
  /** Column of each role named in the row (the first cell naming it). */
  readonly columns: { readonly [R in ColumnRole]?: number };
  /** Roles whose header marks the column as percent (`实际完成值(%)`). */
  readonly percent: ReadonlySet<ColumnRole>;
  /** Leftmost and rightmost labelled columns. */
  readonly left: number;
  readonly right: number;
};

/** The amount columns, in the order tables print them. */
export const BUDGET_COLUMNS: readonly BudgetColumn[] = ["initial", "adjustment", "adjusted", "executed", "prior"];

/** Longer cells are sentences (notes, 评分标准 texts), never header labels; skipping them keeps the scan cheap. */
const MAX_LABEL_LENGTH = 40;

type RowLabels = {
  columns: { [R in ColumnRole]?: number };
  percent: Set<ColumnRole>;
  left: number;
  right: number;
  /** Every label sits in a cell merged down from the row above: the lower half of a two-row header. */
  fromAbove: boolean;
};

/** Every header row of the sheet, top to bottom, found by their labels wherever they are. */
export function findHeaders(grid: Grid): Header[] {
  const headers: Header[] = [];
  for (let row = grid.top; row <= grid.bottom; row++) {
    const labels = rowLabels(grid, row);
    const kind = labels && !labels.fromAbove ? classify(labels.columns) : null;
    if (labels && kind) {
      headers.push({
        kind,
        row,
        columns: labels.columns,
        percent: labels.percent,
        left: labels.left,
        right: labels.right,
      });
    }
  }
  return headers;
}

function rowLabels(grid: Grid, row: number): RowLabels | null {
  let labels: RowLabels | null = null;
  let level: "level1" | "level2" | "name" | null = null;
  for (let col = grid.left; col <= grid.right; col++) {
    const value = grid.value(row, col);
    if (typeof value !== "string" || value.length > MAX_LABEL_LENGTH || grid.originCol(row, col) !== col) continue;
    const label = readHeaderLabel(value);
    if (label === null) continue;
    const named = label.role;
    if (named === "level1" || named === "level2" || named === "name") level = named;
    const role = named === "weight" ? weightRole(level) : named;
    labels ??= { columns: {}, percent: new Set(), left: col, right: col, fromAbove: true };
    labels.right = col;
    labels.fromAbove &&= grid.isCovered(row, col);
    if (labels.columns[role] !== undefined) continue;
    labels.columns[role] = col;
    if (label.percent) labels.percent.add(role);
  }
  return labels;
}

/** A 分值 column belongs to the level column left of it: 一级 分值 | 二级 分值 | 三级 分值. */
function weightRole(level: "level1" | "level2" | "name" | null): ColumnRole {
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
