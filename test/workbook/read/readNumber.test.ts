import { isErrorValue, isTooLarge, readNumber } from "../../../src/workbook/read/readNumber";

describe("readNumber", () => {
  it.each([
    [86, { value: 86, percent: false }],
    ["1,391.03", { value: 1391.03, percent: false }],
    ["１３９１．０３", { value: 1391.03, percent: false }],
    [" -11.65 ", { value: -11.65, percent: false }],
    ["86%", { value: 86, percent: true }],
    ["９５％", { value: 95, percent: true }],
    ["99.59 %", { value: 99.59, percent: true }],
    ["10分", { value: 10, percent: false }],
    ["346.38万元", { value: 346.38, percent: false }],
    ["14人", { value: 14, percent: false }],
  ])("reads %p", (value, expected) => {
    expect(readNumber(value)).toEqual(expected);
  });

  it.each([null, "", "≥50个", "完成", "#REF!", true, Number.NaN, Infinity, "1,39,1"])("gives null for %p", (value) => {
    expect(readNumber(value)).toBeNull();
  });

  it.each([1e15, -1e15, 1.797693134862316e306, "1,000,000,000,000,000", "２０００００００００００００００００％"])(
    "gives null for %p, too large for any figure of a form, and says why",
    (value) => {
      expect(readNumber(value)).toBeNull();
      expect(isTooLarge(value)).toBe(true);
    },
  );

  it("reads the largest figure below that", () => {
    expect(readNumber(999_999_999_999_999)).toEqual({ value: 999_999_999_999_999, percent: false });
    expect([999_999_999_999_999, "完成", null].some((value) => isTooLarge(value))).toBe(false);
  });
});

describe("isErrorValue", () => {
  it.each(["#DIV/0!", "#REF!", "#N/A", " #VALUE! "])("knows %p", (value) => {
    expect(isErrorValue(value)).toBe(true);
  });

  it.each(["#1", "DIV/0", 0, null])("does not take %p for an error", (value) => {
    expect(isErrorValue(value)).toBe(false);
  });
});
