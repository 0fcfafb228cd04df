import { readTier } from "../../../src/core/actual/tier";

describe("readTier", () => {
  it.each([
    ["达成预期指标", "met"],
    ["达到预期", "met"],
    ["已达标", "met"],
    ["全部完成", "met"],
    ["部分达成年度指标并具有一定效果", "partly"],
    ["基本 完成", "partly"],
    ["未达成年度指标且效果较差", "missed"],
    ["尚未完成", "missed"],
    ["没有达到", "missed"],
    ["工作有序开展", null],
    ["按时完成", null],
    ["", null],
  ])("%s → %s", (text, tier) => {
    expect(readTier(text)).toBe(tier);
  });
});
