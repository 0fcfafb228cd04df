import { callBytes, gridBytes, RANGE_BYTES, utf8Length } from "../../../src/hosts/office/payload";
import { createRequestQueue } from "../../../src/hosts/office/requestQueue";

describe("createRequestQueue", () => {
  it("syncs only before a call that would take the request or its response past the budget", async () => {
    const log: string[] = [];
    const queue = createRequestQueue(
      () => Promise.resolve(void log.push("sync")),
      () => log.push("start"),
      100,
    );
    await queue.add(60, () => log.push("a"));
    await queue.add(40, () => log.push("b"));
    await queue.add(1, () => log.push("c"));
    await queue.add(1, () => log.push("d"), 150);
    await queue.flush();
    await queue.flush();
    expect(log).toEqual(["start", "a", "b", "sync", "start", "c", "sync", "start", "d", "sync"]);
  });

  it("counts a worksheet's object path once per request, with the first call through it", async () => {
    let syncs = 0;
    const queue = createRequestQueue(() => Promise.resolve(void (syncs += 1)), undefined, 1000);
    const sheet = {};
    await queue.add(300, () => undefined, 0, sheet);
    expect(queue.room()).toBe(1000 - 300 - RANGE_BYTES);
    await queue.add(300, () => undefined, 0, sheet);
    expect(queue.room()).toBe(1000 - 600 - RANGE_BYTES);
    // 100 bytes more would fit, but not with another sheet's path: the request is sent first.
    await queue.add(100, () => undefined, 0, {});
    expect(syncs).toBe(1);
    await queue.add(100, () => undefined, 0, sheet);
    expect(queue.room()).toBe(1000 - 200 - 2 * RANGE_BYTES);
  });

  it("resolves to what the queued call returned", async () => {
    const queue = createRequestQueue(() => Promise.resolve());
    expect(await queue.add(1, () => "proxy")).toBe("proxy");
  });
});

describe("payload estimate", () => {
  it("counts UTF-8 bytes like Node's Buffer, Chinese text and emoji included", () => {
    for (const text of ["abc", "绩效自评表", "𠮷野家 😀", JSON.stringify([["一", 1, null]])]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("adds the call envelope to the data's JSON, and office-js's own slicing to arrays of over 1,500 cells", () => {
    const envelope = callBytes(null) - Buffer.byteLength("null");
    expect(callBytes([["一"]])).toBe(envelope + Buffer.byteLength('[["一"]]'));
    const column = (rows: number) => Array.from({ length: rows }, () => [1]);
    expect(gridBytes(column(1500))).toBe(callBytes(column(1500)));
    expect(gridBytes(column(1501))).toBeGreaterThan(callBytes(column(1501)) + 1000);
  });
});
