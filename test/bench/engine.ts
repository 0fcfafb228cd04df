import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { analyseWorkbook, fillsToRead, planRecalculation } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { median } from "./stats";

/** What 一键计算 asks of the engine, once: snapshot → analysis → the cells whose fills to read → write plan. */
export function planOnce(snapshot: WorkbookSnapshot): void {
  const analysis = analyseWorkbook(snapshot);
  fillsToRead(analysis);
  planRecalculation(analysis, {});
}

/** The engine's share of 一键计算 (SPEC §8) on a benchmark workbook: its first run and its warmed-up median. */
export type EngineTimes = { readonly firstMs: number; readonly ms: number };

/**
 * The engine measured in `processes` fresh processes (engineEntry.ts), `runs` warmed-up runs in each: the median
 * first run and the median of their medians. `oneTable` puts every row in one table.
 */
export function engineTimes(rows: number, processes: number, runs: number, oneTable = false): EngineTimes {
  const measured = Array.from({ length: processes }, () => {
    const args = [join(__dirname, "engineEntry.js"), String(rows), String(runs), ...(oneTable ? ["one"] : [])];
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    const match = /\{"firstMs":(\d+),"ms":([\d.]+)\}/.exec(child.stdout);
    if (!match) throw new Error(`engineEntry ${rows} failed (${child.status}):\n${child.stderr.slice(-2000)}`);
    return { firstMs: Number(match[1]), ms: Number(match[2]) };
  });
  return { firstMs: median(measured.map((m) => m.firstMs)), ms: median(measured.map((m) => m.ms)) };
}
