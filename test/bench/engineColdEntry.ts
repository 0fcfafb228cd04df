import { planOnce } from "./engine";
import { benchSnapshot, MANY_TABLES } from "./generate";

/**
 * The engine's first run in a fresh process, `node engineColdEntry.js ROWS`: what `selfeval check` on one workbook
 * and the task pane's first 一键计算 pay, V8 compiling the code while it runs it (SPEC §8's budget is the warmed-up
 * median). Making the snapshot first warms none of the engine's code. Prints `{"ms":…}`.
 */
const rows = Number(process.argv[2]);
if (!Number.isInteger(rows) || rows <= 0) throw new Error("usage: engineColdEntry ROWS");
const snapshot = benchSnapshot(MANY_TABLES(rows));
const start = performance.now();
planOnce(snapshot);
process.stdout.write(JSON.stringify({ ms: Math.round(performance.now() - start) }));
