/**
 * A fake of the Excel JavaScript API subset the Office host uses, over an in-memory workbook. Plain TypeScript with
 * no Node or jest API, so that a browser test can bundle it and inject it as `Excel`.
 * It behaves as Excel does where the host depends on it: calls are queued and run at `sync()` in order; a failing
 * call fails its request and keeps the effects of the calls before it; unloaded properties throw PropertyNotLoaded;
 * writes to a protected sheet fail with AccessDenied; requests (and, on the web, responses) over 5 MB fail; every
 * sync is counted and measured.
 */
import { FakeRequestContext } from "./context";
import { emptyWorkbook, type FakeWorkbook } from "./model";
import type { FakeHost, RequestRecord } from "./session";

export type FakeExcel = {
  readonly workbook: FakeWorkbook;
  /** Every request synced so far, failed ones included. */
  readonly requests: readonly RequestRecord[];
  /** Like `Excel.run`: a fresh context per batch, and a final sync of whatever the batch left queued. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  syncCount(): number;
  /** The next `count` syncs fail with `code` before running anything (e.g. "InvalidOperationInCellEditMode"). */
  failNextSyncs(code: string, count?: number): void;
};

export type FakeExcelOptions = {
  /** "web" enforces the 5 MB response limit too; both enforce the 5 MB request limit. @default "web" */
  readonly platform?: "web" | "desktop";
};

/** 5 MB as Excel on the web counts it; 5,000,000 rather than 5 MiB, to be on the strict side. */
const FIVE_MB = 5_000_000;

export function createFakeExcel(workbook: FakeWorkbook = emptyWorkbook(), options: FakeExcelOptions = {}): FakeExcel {
  const host: FakeHost = {
    workbook,
    limits: { requestBytes: FIVE_MB, responseBytes: (options.platform ?? "web") === "web" ? FIVE_MB : Infinity },
    requests: [],
    failures: [],
  };
  return {
    workbook,
    requests: host.requests,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(host);
      // The one cast between the fake and Office's types: the fake implements the subset of
      // Excel.RequestContext the host uses, and the host's tests exercise exactly that subset.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending) await context.sync();
      return result;
    },
    syncCount: () => host.requests.length,
    failNextSyncs(code, count = 1) {
      for (let i = 0; i < count; i += 1) host.failures.push(code);
    },
  };
}

export { cellAt, dumpWorkbook, sheetNamed } from "./inspect";
export { type FakeCell, type FakeSheet, type FakeWorkbook, emptyWorkbook, newSheet } from "./model";
export type { RequestRecord } from "./session";
export { fakeWorkbookFromSnapshot, snapshotOfFake } from "./snapshot";
