import { displayText, labelText, textKey } from "../../../src/workbook/read/cellText";

describe("displayText", () => {
  it.each([
    [0.95, "0%", "95%"],
    [0.9959, "0.00%", "99.59%"],
    [0.07, "0%", "7%"],
    [2000, "General", "2000"],
    ["  ≥95% ", "General", "≥95%"],
    [null, "0%", ""],
  ])("shows %p in %p as %p", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});

describe("labelText", () => {
  it("joins a label broken over lines", () => {
    expect(labelText(" 信访事项\n 及时受理率 ")).toBe("信访事项及时受理率");
  });
});

describe("textKey", () => {
  it("keys text and ignores numbers", () => {
    expect(textKey("年度\n资金总额")).toBe("年度资金总额");
    expect(textKey(12)).toBeNull();
    expect(textKey("  ")).toBeNull();
  });
});
