import { describe, expect, it } from "@jest/globals";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and both kinds of line end", () => {
    expect(parseCsv('级别,说明\r\n警告,"实际完成 1,406批次，""偏低""\n请说明"\n,\n')).toEqual([
      ["级别", "说明"],
      ["警告", '实际完成 1,406批次，"偏低"\n请说明'],
      ["", ""],
    ]);
  });

  it("keeps a last line without a line end", () => {
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
