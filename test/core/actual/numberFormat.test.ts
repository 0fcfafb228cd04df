import { readNumberFormat } from "../../../src/core/actual/numberFormat";

describe("readNumberFormat", () => {
  it.each([
    ["0%", { kind: "percent" }],
    ["0.00%", { kind: "percent" }],
    ["[Red]0.0%", { kind: "percent" }],
    ["yyyy/m/d", { kind: "date" }],
    ["m/d", { kind: "date" }],
    ['yyyy"年"m"月"d"日"', { kind: "date" }],
    ["yyyy年m月d日", { kind: "date" }],
    ["[$-804]yyyy年m月", { kind: "date" }],
    ["h:mm:ss", { kind: "date" }],
    ["", { kind: "plain", unit: null }],
    ["General", { kind: "plain", unit: null }],
    ["G/通用格式", { kind: "plain", unit: null }],
    ["#,##0.00_ ;[Red]-#,##0.00 ", { kind: "plain", unit: null }],
    ['_ ￥* #,##0.00_ ;_ ￥* -#,##0.00_ ;_ ￥* "-"??_ ;_ @_ ', { kind: "plain", unit: null }],
    ["0.00E+00", { kind: "plain", unit: null }],
    ['0"件"', { kind: "plain", unit: "件" }],
    ['0.0"%"', { kind: "plain", unit: "%" }],
    ['0"人次";-0"人次"', { kind: "plain", unit: "人次" }],
    ['0"万人"', { kind: "plain", unit: null }],
    ['0"吨"', { kind: "plain", unit: null }],
  ])("%s", (format, meaning) => {
    expect(readNumberFormat(format)).toEqual(meaning);
  });
});
