import { callBytes, utf8Length } from "../../../src/hosts/office/payload";
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

  it("adds the call envelope to the data's JSON", () => {
    expect(callBytes([["一"]])).toBe(300 + Buffer.byteLength('[["一"]]'));
  });
});
