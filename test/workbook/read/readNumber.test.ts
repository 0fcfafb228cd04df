import { isErrorValue, readNumber } from "../../../src/workbook/read/readNumber";

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
});

describe("isErrorValue", () => {
  it.each(["#DIV/0!", "#REF!", "#N/A", " #VALUE! "])("knows %p", (value) => {
    expect(isErrorValue(value)).toBe(true);
  });

  it.each(["#1", "DIV/0", 0, null])("does not take %p for an error", (value) => {
    expect(isErrorValue(value)).toBe(false);
  });
});
