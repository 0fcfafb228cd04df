import { planOnce } from "./engine";
import { benchSnapshot, MANY_TABLES, ONE_TABLE } from "./generate";
import { medianMs } from "./stats";

/** Runs after the first before the timed ones: V8 is still compiling the engine's code after the first. */
const WARM_UP_RUNS = 2;

/**
 * The engine on one benchmark workbook in a process of its own, `node engineEntry.js ROWS RUNS [one]`: its first run
 * (what `selfeval check` on one workbook and the pane's first 一键计算 pay, V8 compiling the code as it runs it),
 * then, after two more, the median of RUNS more (SPEC §8's budget). A process per size keeps each measurement clear
 * of the heap and the profiler the rest of the benchmark leaves behind. `one` puts every row in one table. Prints
 * `{"firstMs":…,"ms":…}`.
 */
async function measure(rows: number, runs: number, oneTable: boolean): Promise<void> {
  const snapshot = benchSnapshot(oneTable ? ONE_TABLE(rows) : MANY_TABLES(rows));
  const start = performance.now();
  planOnce(snapshot);
  const firstMs = Math.round(performance.now() - start);
  for (let warmUp = 0; warmUp < WARM_UP_RUNS; warmUp++) planOnce(snapshot);
  const ms = await medianMs(runs, () => planOnce(snapshot));
  process.stdout.write(JSON.stringify({ firstMs, ms }));
}

const [rows, runs, shape] = process.argv.slice(2).map((arg) => (/^\d+$/.test(arg) ? Number(arg) : arg));
if (typeof rows !== "number" || typeof runs !== "number") throw new Error("usage: engineEntry ROWS RUNS [one]");
void measure(rows, runs, shape === "one");
