import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { analyseWorkbook, fillsToRead, planRecalculation } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { median, medianMs } from "./stats";

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

/** The engine's first run on `rows` indicator rows, each time in a fresh process (engineColdEntry.ts): the median. */
export function engineColdMs(rows: number, runs: number): number {
  const samples = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, [join(__dirname, "engineColdEntry.js"), String(rows)], {
      encoding: "utf8",
    });
    const match = /\{"ms":(\d+)\}/.exec(child.stdout);
    if (!match) throw new Error(`engineColdEntry ${rows} failed (${child.status}):\n${child.stderr.slice(-2000)}`);
    return Number(match[1]);
  });
  return median(samples);
}
