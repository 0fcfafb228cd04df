import { analyseWorkbook, fillsToRead, planRecalculation } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { medianMs } from "./stats";

/**
 * The engine's share of 一键计算 (SPEC §8): snapshot → analysis → the cells whose fills to read → write plan, pure
 * code with no host. Median of `runs` runs after one warm-up run (the first run also compiles the code).
 */
export async function engineMs(snapshot: WorkbookSnapshot, runs: number): Promise<number> {
  planOnce(snapshot);
  return medianMs(runs, () => planOnce(snapshot));
}

/** What 一键计算 asks of the engine, once. */
export function planOnce(snapshot: WorkbookSnapshot): void {
  const analysis = analyseWorkbook(snapshot);
  fillsToRead(analysis);
  planRecalculation(analysis, {});
}
