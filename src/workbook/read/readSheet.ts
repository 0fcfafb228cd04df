import type { Finding } from "../../core/findings/types";
import type { ScoreTable } from "../../core/model";
import type { SheetSnapshot } from "../snapshot";
import type { OwnedValue } from "./entered";
import { findHeaders } from "./findHeaders";
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
  const headers = findHeaders(grid);
  const scoring = headers.filter((header) => header.kind !== "budget");
  if (scoring.length > 0) return { grid, budgets: [], ...readScoreTables(grid, scoring, owned) };
  const budgets = headers
    .map((header, index) => readBudgetBlock(grid, header, headers[index + 1]?.row ?? grid.bottom + 1))
    .filter((block) => block.items.length > 0);
  return { grid, tables: [], budgets, findings: budgets.flatMap((block) => block.findings) };
}
