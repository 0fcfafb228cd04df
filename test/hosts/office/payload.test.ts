import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { applyPlan } from "../../../src/hosts/office/applyPlan";
import { PAYLOAD_BUDGET } from "../../../src/hosts/office/payload";
import type { WorkbookState } from "../../../src/hosts/office/workbookState";
import { findingsSheet, plan, scoreWrites, stateSheet } from "./plans";

/** The part of office-js's request context this test reads: the request being built, and how it is serialized. */
type OfficeJsContext = {
  _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } };
  m_pendingRequest: unknown;
};

/**
 * office-js's own Excel library, loaded into a DOM window without any Office host: proxies and queued calls work,
 * and the request a sync would send can be serialized, but nothing can be sent.
 */
function officeJsExcel(): { RequestContext: new () => Excel.RequestContext } {
  const { window } = new JSDOM("", { runScripts: "outside-only", url: "https://localhost/" });
  window.eval(readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8"));
  return (window as unknown as { Excel: { RequestContext: new () => Excel.RequestContext } }).Excel;
}

const STATE: WorkbookState = { protected: false, sheets: [{ name: "表1", protected: false, visibility: "visible" }] };

describe("the request size estimate, against office-js's own serialization", () => {
  it("packs a large recalculation's write into requests of at most the budget, each nearly full", async () => {
    const context = new (officeJsExcel().RequestContext)();
    const pending = context as unknown as OfficeJsContext;
    const sizes: number[] = [];
    const sync = (): Promise<void> => {
      const { body } = pending._pendingRequest.buildRequestMessageBodyAndRequestFlags();
      sizes.push(Buffer.byteLength(JSON.stringify(body)));
      // What office-js does once a request is sent: the next call starts a new one.
      pending.m_pendingRequest = null;
      return Promise.resolve();
    };
    // 20,000 scores in separate tables (a range each, so the calls' envelopes weigh most), the highlights and
    // scores of 20,000 rows of one table, then a findings sheet of 20,000 rows and links (the data weighs most).
    const scattered = Array.from({ length: 20_000 }, (_, i) => ({ sheet: "表1", cell: `K${i * 5 + 1}`, value: i }));
    const { cells, fills } = scoreWrites("表1", 20_000);
    const write = plan({
      cells: [...scattered, ...cells],
      fills,
      sheets: [findingsSheet(20_000, "表1"), stateSheet("{}")],
    });
    await applyPlan(context, write, STATE, sync);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThanOrEqual(0.9 * PAYLOAD_BUDGET);
  });
});
