import { FakeErrorCode, FakeOfficeError } from "./fakeError";
import type { FakeWorkbook } from "./model";

/** One request as the fake saw it, for assertions on sync counts and sizes. */
export type RequestRecord = {
  /** UTF-8 bytes of the request: every queued call's JSON (object path, member, arguments). */
  readonly bytes: number;
  /** UTF-8 bytes of the data the request's loads returned. */
  readonly responseBytes: number;
  readonly calls: number;
  /**
   * Range and RangeAreas proxies created for this request: each is an object path Excel must resolve, and tens of
   * thousands of them stall a sync (office-js #1046).
   */
  readonly rangeProxies: number;
  /** `suspendApiCalculationUntilNextSync()` was queued in this request. */
  readonly suspendedCalculation: boolean;
  /** The Office error code the request failed with, or null. */
  readonly error: string | null;
};

export type FakeLimits = {
  /** Excel on the web refuses bigger requests with RequestPayloadSizeLimitExceeded. */
  readonly requestBytes: number;
  /** Excel on the web refuses bigger responses with ResponsePayloadSizeLimitExceeded (desktop: Infinity). */
  readonly responseBytes: number;
};

/** State shared by every `run` of one fake Excel: the workbook, the log, and failures to inject. */
export type FakeHost = {
  readonly workbook: FakeWorkbook;
  readonly limits: FakeLimits;
  readonly requests: RequestRecord[];
  /** Codes the next syncs fail with, one per sync, before anything runs (e.g. cell-edit mode). */
  readonly failures: string[];
};

/** A read's outcome: its data's size, and how to hand the data to its proxy once the request succeeds. */
export type ReadResult = { readonly bytes: number; readonly deliver: () => void };

type Call = { readonly bytes: number; readonly run: () => ReadResult | void };

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate half counts 2: its pair makes the 4 bytes of a character outside the BMP.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** A string argument as it appears in an object path: `getItem("表1")`. */
export const quote = (text: string): string => JSON.stringify(text);

/** Measures data the way it travels: JSON, UTF-8 encoded. */
export const jsonBytes = (data: unknown): number => utf8Bytes(JSON.stringify(data) ?? "");

/**
 * One `RequestContext`'s queue. Calls run at `sync`, in order, as Excel runs a request: a failing call stops the
 * request, and the calls before it keep their effects (Excel does not roll back); loads deliver their data only
 * when the whole request succeeds.
 */
export class FakeSession {
  private calls: Call[] = [];
  private suspended = false;
  private rangeProxies = 0;

  constructor(readonly host: FakeHost) {}

  get workbook(): FakeWorkbook {
    return this.host.workbook;
  }

  /** Queues a call; `path` names the object it is made on, as Office's request does. */
  queue(path: string, member: string, args: unknown, run: () => ReadResult | void): void {
    this.calls.push({ bytes: jsonBytes([path, member, args]), run });
  }

  /** Counts a range-like proxy towards the next request. */
  countRangeProxy(): void {
    this.rangeProxies += 1;
  }

  suspendCalculation(path: string): void {
    this.queue(path, "suspendApiCalculationUntilNextSync", [], () => undefined);
    this.suspended = true;
  }

  get pending(): boolean {
    return this.calls.length > 0;
  }

  async sync(): Promise<void> {
    const calls = this.calls;
    const suspendedCalculation = this.suspended;
    const rangeProxies = this.rangeProxies;
    this.calls = [];
    this.suspended = false;
    this.rangeProxies = 0;
    await Promise.resolve();
    const bytes = calls.reduce((sum, call) => sum + call.bytes, 0);
    const record = (error: string | null, responseBytes = 0): void => {
      this.host.requests.push({ bytes, responseBytes, calls: calls.length, rangeProxies, suspendedCalculation, error });
    };
    const failure = this.host.failures.shift();
    if (failure !== undefined) {
      record(failure);
      throw new FakeOfficeError(failure, `The request failed with ${failure}.`);
    }
    if (bytes > this.host.limits.requestBytes) {
      record(FakeErrorCode.requestTooLarge);
      throw new FakeOfficeError(FakeErrorCode.requestTooLarge, "The request payload size has exceeded the limit.");
    }
    const reads: ReadResult[] = [];
    for (const call of calls) {
      try {
        const read = call.run();
        if (read) reads.push(read);
      } catch (error) {
        record(error instanceof FakeOfficeError ? error.code : "Unknown");
        throw error;
      }
    }
    const responseBytes = reads.reduce((sum, read) => sum + read.bytes, 0);
    if (responseBytes > this.host.limits.responseBytes) {
      record(FakeErrorCode.responseTooLarge, responseBytes);
      throw new FakeOfficeError(FakeErrorCode.responseTooLarge, "The response payload size has exceeded the limit.");
    }
    record(null, responseBytes);
    for (const read of reads) read.deliver();
  }
}
