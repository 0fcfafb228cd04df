import { createOfficeHost, type ExcelRun } from "../../src/hosts/office";
import { analyseWorkbook, fillsToRead, planRecalculation, recalculate } from "../../src/workbook";
import type { WorkbookHost } from "../../src/workbook/host";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import {
  createFakeExcel,
  fakeWorkbookFromSnapshot,
  type FakeExcel,
  type RequestRecord,
} from "../hosts/office/fakeExcel";
import { MB } from "./stats";

/** SPEC §8: one more sync is allowed per extra 4 MB chunk. */
const CHUNK = 4 * MB;

/** The fake's `run` as `Excel.run`. */
const runOf =
  (fake: FakeExcel): ExcelRun =>
  (batch) =>
    fake.run(batch);

/** One 一键计算 through the Office host over the fake Excel, as the round trips and payloads saw it. */
export type OfficeRun = {
  readonly syncs: number;
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** The biggest request (what the add-in sends), and the biggest response (what Excel sends back). */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Requests refused by the fake (over 5 MB), each retried smaller by the host. */
  readonly refused: number;
  /** The syncs SPEC §8 allows this run: 3, plus one per extra 4 MB chunk of what had to travel (see `allowed`). */
  readonly allowedSyncs: number;
  readonly ms: number;
};

/** Counts the fake's requests made during each host call, split into reads and writes. */
function phased(host: WorkbookHost, requests: readonly RequestRecord[]) {
  const reads: RequestRecord[] = [];
  const writes: RequestRecord[] = [];
  const during =
    <A extends unknown[], R>(into: RequestRecord[], call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const before = requests.length;
      try {
        return await call(...args);
      } finally {
        into.push(...requests.slice(before));
      }
    };
  const wrapped: WorkbookHost = {
    readSnapshot: during(reads, () => host.readSnapshot()),
    readFills: during(reads, (cells) => host.readFills(cells)),
    apply: during(writes, (plan) => host.apply(plan)),
  };
  return { host: wrapped, reads, writes };
}

/**
 * The syncs SPEC §8 allows: 3, plus one per extra 4 MB write chunk. On Excel on the web a response over 5 MB is
 * refused, so a read of more than one chunk cannot be one sync either: its extra chunks are allowed the same way.
 */
function allowed(reads: readonly RequestRecord[], writes: readonly RequestRecord[], web: boolean): number {
  const extra = (bytes: number): number => Math.max(0, Math.ceil(bytes / CHUNK) - 1);
  const succeeded = (records: readonly RequestRecord[]) => records.filter((record) => record.error === null);
  const written = succeeded(writes).reduce((sum, record) => sum + record.bytes, 0);
  const read = succeeded(reads).reduce((sum, record) => sum + record.responseBytes, 0);
  return 3 + extra(written) + (web ? extra(read) : 0);
}

/** 一键计算 of the snapshot's workbook through `createOfficeHost` over a fresh fake Excel on the given platform. */
export async function recalculateThroughFake(
  snapshot: WorkbookSnapshot,
  platform: "web" | "desktop",
): Promise<OfficeRun> {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(snapshot), { platform });
  const { host, reads, writes } = phased(createOfficeHost(runOf(fake), { platform }), fake.requests);
  const start = performance.now();
  await recalculate(host);
  const ms = performance.now() - start;
  const all = [...reads, ...writes];
  return {
    syncs: fake.syncCount(),
    readSyncs: reads.length,
    writeSyncs: writes.length,
    maxRequestBytes: Math.max(...all.map((record) => record.bytes)),
    maxResponseBytes: Math.max(...all.map((record) => record.responseBytes)),
    refused: all.filter((record) => record.error !== null).length,
    allowedSyncs: allowed(reads, writes, platform === "web"),
    ms: Math.round(ms),
  };
}

/**
 * What SPEC §8 compares against: the same recalculation written the naive way, one `getRange` and one `sync` per
 * output cell (the snapshot itself is read by the real host, so only the writes differ). Returns its syncs and time.
 */
export async function naiveRecalculation(snapshot: WorkbookSnapshot): Promise<{ syncs: number; ms: number }> {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(snapshot), { platform: "web" });
  const host = createOfficeHost(runOf(fake));
  const start = performance.now();
  const analysis = analyseWorkbook(await host.readSnapshot());
  fillsToRead(analysis);
  const plan = planRecalculation(analysis, {});
  await fake.run(async (context) => {
    for (const write of plan.cells) {
      context.workbook.worksheets.getItem(write.sheet).getRange(write.cell).values = [[write.value ?? ""]];
      await context.sync();
    }
  });
  return { syncs: fake.syncCount(), ms: Math.round(performance.now() - start) };
}
