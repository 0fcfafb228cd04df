import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import type { Profiler } from "node:inspector";

/**
 * Where the time goes, for budgets the benchmark finds missed: V8 CPU profiles summarised as `file:function:line`
 * and % of the samples, self time (the function's own code) and total time (with what it calls). The engine is
 * profiled in this process; the CLI with `node --cpu-prof`, whose file the same summary reads
 * (`node node_modules/.cache/selfeval-bench/test/bench/hotspots.js FILE.cpuprofile`).
 */

export type Hotspot = { readonly percent: number; readonly at: string };
export type Hotspots = { readonly self: readonly Hotspot[]; readonly total: readonly Hotspot[] };

function nameOf(frame: Profiler.ProfileNode["callFrame"]): string {
  const file = frame.url
    .replace(/^file:\/\//, "")
    .replace(/.*\/selfeval-bench\//, "")
    .replace(/.*\/node_modules\//, "~/");
  return `${file || "(native)"}:${frame.functionName || "(anonymous)"}:${frame.lineNumber + 1}`;
}

export function summarise(profile: Profiler.Profile, top = 15): Hotspots {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const id of samples) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(nameOf(leaf.callFrame), (self.get(nameOf(leaf.callFrame)) ?? 0) + 1);
    // Each sample counts once for every distinct function on its stack (recursion is not counted twice).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = nameOf(node.callFrame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  const rank = (counts: Map<string, number>): Hotspot[] =>
    [...counts]
      .filter(([at]) => !/^(\(root\)|\(program\)|\(idle\))|^node:internal/.test(at.replace(/^\(native\):/, "")))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([at, count]) => ({ percent: Math.round((1000 * count) / Math.max(1, samples.length)) / 10, at }));
  return { self: rank(self), total: rank(total) };
}

/** Profiles `work` run `runs` times in this process. */
export async function profile(runs: number, work: () => unknown): Promise<Hotspots> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    for (let i = 0; i < runs; i += 1) await work();
    const { profile: result } = await session.post("Profiler.stop");
    return summarise(result);
  } finally {
    session.disconnect();
  }
}

export function formatHotspots(title: string, hotspots: Hotspots): string {
  const lines = (list: readonly Hotspot[]) => list.map((h) => `  ${h.percent.toFixed(1).padStart(5)} %  ${h.at}`);
  return [`${title} — self time`, ...lines(hotspots.self), `${title} — total time`, ...lines(hotspots.total)].join(
    "\n",
  );
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (file === undefined) throw new Error("usage: hotspots FILE.cpuprofile");
  console.log(formatHotspots(file, summarise(JSON.parse(readFileSync(file, "utf8")) as Profiler.Profile, 30)));
}
