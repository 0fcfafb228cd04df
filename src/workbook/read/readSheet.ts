import { finding, type Finding } from "../../core/findings/types";
import type { ScoreTable } from "../../core/model";
import { toA1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import { labelText } from "./cellText";
import type { OwnedValue } from "./entered";
import { findHeaders, type HeaderScan } from "./findHeaders";
import { Grid } from "./grid";
import { readBudgetBlock, type BudgetBlock } from "./readBudgetBlock";
import { readScoreTables } from "./readScoreTables";

/** Everything read from one sheet. */
export type SheetContents = {
  readonly grid: Grid;
  readonly tables: readonly ScoreTable[];
  readonly budgets: readonly BudgetBlock[];
  readonly findings: readonly Finding[];
};

/**
 * Reads one sheet's blocks. A sheet with a score table (indicator, framework or fund header) is read as score tables
 * only: a fund block's 年初预算数 | 全年预算数 | 全年执行数 is not a budget table. Otherwise its budget headers are read.
 */
export function readSheet(snapshot: SheetSnapshot, owned: OwnedValue): SheetContents {
  const grid = new Grid(snapshot);
  const { headers, unreadable } = findHeaders(grid);
  const unread = unreadableHeaders(grid, unreadable);
  const scoring = headers.filter((header) => header.kind !== "budget");
  if (scoring.length > 0) {
    const { tables, findings } = readScoreTables(grid, scoring, owned);
    return { grid, budgets: [], tables, findings: [...unread, ...findings] };
  }
  const budgets = headers
    .map((header, index) => readBudgetBlock(grid, header, headers[index + 1]?.row ?? grid.bottom + 1))
    .filter((block) => block.items.length > 0);
  return { grid, tables: [], budgets, findings: [...unread, ...budgets.flatMap((block) => block.findings)] };
}

/** HEADER_UNREADABLE at each such label, with the merged area that hides the rest of its header if there is one. */
function unreadableHeaders(grid: Grid, labels: HeaderScan["unreadable"]): Finding[] {
  return labels.map(({ row, col }) => {
    const at = grid.ref(row, col);
    const bottom = grid.mergeBottom(row, col);
    const right = grid.mergeRight(row, col);
    const merge = bottom > row || right > col ? `${at.cell}:${toA1(bottom, right)}` : null;
    return finding("HEADER_UNREADABLE", at, { label: labelText(grid.value(row, col)), merge });
  });
}
