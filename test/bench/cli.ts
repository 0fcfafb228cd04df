import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Profiler } from "node:inspector";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyPlan, loadWorkbook, readFills, readSnapshot, saveWorkbook } from "../../src/hosts/xlsx";
import { analyseWorkbook, fillsToRead, planRecalculation } from "../../src/workbook";
import { summarise, type Hotspots } from "./hotspots";
import { median, MB } from "./stats";

/** One child process: its wall time, its peak resident memory, its exit code. */
export type ChildRun = { readonly ms: number; readonly rssMb: number; readonly code: number | null };

/** Runs a compiled entry of the benchmark (`cliEntry.js`, `exceljsEntry.js`) in a fresh Node process. */
function runChild(entry: string, args: readonly string[], nodeOptions: readonly string[] = []): ChildRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [...nodeOptions, join(__dirname, entry), ...args], { encoding: "utf8" });
  const ms = performance.now() - start;
  const last = child.stderr.trim().split("\n").pop() ?? "";
  const match = /\{"maxRssKb":(\d+)\}/.exec(last);
  if (!match) throw new Error(`${entry} ${args.join(" ")} failed (${child.status}):\n${child.stderr.slice(-2000)}`);
  return { ms: Math.round(ms), rssMb: Math.round(Number(match[1]) / 1000), code: child.status };
}

/** `selfeval check FILE --out DIR` in a child process, as a reviewer runs it. */
export function runCli(file: string, nodeOptions: readonly string[] = []): ChildRun {
  const out = mkdtempSync(join(tmpdir(), "selfeval-bench-out-"));
  try {
    return runChild("cliEntry.js", ["check", file, "--out", out], nodeOptions);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** `selfeval check FILE` under `node --cpu-prof`: where its time goes, module loading and ExcelJS included. */
export function profileCli(file: string): Hotspots {
  const dir = mkdtempSync(join(tmpdir(), "selfeval-bench-prof-"));
  try {
    runCli(file, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    const [name] = readdirSync(dir).filter((entry) => entry.endsWith(".cpuprofile"));
    if (name === undefined) throw new Error("node --cpu-prof wrote no profile");
    return summarise(JSON.parse(readFileSync(join(dir, name), "utf8")) as Profiler.Profile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ExcelJS's own read and write of the same file, in a child process the same way. */
export function runExcelJs(file: string): ChildRun {
  const out = mkdtempSync(join(tmpdir(), "selfeval-bench-out-"));
  try {
    return runChild("exceljsEntry.js", [file, join(out, "copy.xlsx")]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export type CliComparison = {
  readonly cliMs: number;
  readonly excelJsMs: number;
  readonly ratio: number;
  readonly cliRssMb: number;
  readonly excelJsRssMb: number;
};

/** `selfeval check` against ExcelJS's read + write of one file, medians of `runs` alternating runs each. */
export function compareCliWithExcelJs(file: string, runs: number): CliComparison {
  const cli: ChildRun[] = [];
  const excelJs: ChildRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    excelJs.push(runExcelJs(file));
    cli.push(runCli(file));
  }
  const cliMs = median(cli.map((run) => run.ms));
  const excelJsMs = median(excelJs.map((run) => run.ms));
  return {
    cliMs,
    excelJsMs,
    ratio: Math.round((cliMs / excelJsMs) * 100) / 100,
    cliRssMb: Math.max(...cli.map((run) => run.rssMb)),
    excelJsRssMb: Math.max(...excelJs.map((run) => run.rssMb)),
  };
}

/**
 * Where the time of `selfeval check` goes, phase by phase, in this process (module loading excluded): what a lead
 * needs to see which part to speed up when the CLI misses its budget.
 */
export async function cliPhases(file: string): Promise<{ readonly [phase: string]: number }> {
  const phases: { [phase: string]: number } = {};
  let last = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = Math.round(now - last);
    last = now;
  };
  const workbook = await loadWorkbook(file);
  lap("load (ExcelJS)");
  const snapshot = readSnapshot(workbook);
  lap("readSnapshot");
  const analysis = analyseWorkbook(snapshot);
  lap("analyseWorkbook");
  const fills = readFills(workbook, fillsToRead(analysis));
  lap("readFills");
  const plan = planRecalculation(analysis, fills);
  lap("planRecalculation");
  applyPlan(workbook, plan);
  lap("applyPlan");
  const out = mkdtempSync(join(tmpdir(), "selfeval-bench-out-"));
  try {
    await saveWorkbook(workbook, join(out, "copy.xlsx"));
    lap("save (ExcelJS)");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  phases["heapUsedMb"] = Math.round(process.memoryUsage().heapUsed / MB);
  return phases;
}
