import { formatAmount, formatCount, formatPercent, formatScore, formatWan } from "../../src/core/format";

describe("format", () => {
  it.each<[string, (n: number) => string, number, string]>([
    ["an amount in 万元", formatWan, 797.14, "797.14万元"],
    ["a negative adjustment in 万元", formatWan, -11.65, "-11.65万元"],
    ["a whole amount to 2 decimals", formatAmount, 1391, "1391.00"],
    ["an amount on a half fen, rounded up despite 1.005 × 100 = 100.4999…", formatAmount, 1.005, "1.01"],
    ["a sum with float noise", formatAmount, 398.96 + 21.71 + 9.69, "430.36"],
    ["004 预算执行率 793.84 / 797.14", formatPercent, 793.84 / 797.14, "99.59%"],
    ["004 政府采购执行率 2.58 / 2.6", formatPercent, 2.58 / 2.6, "99.23%"],
    ["002 公用经费控制率 21.24 / 22.32", formatPercent, 21.24 / 22.32, "95.16%"],
    ["002 预算调整率 −11.65 / 358.03", formatPercent, -11.65 / 358.03, "-3.25%"],
    ["004 预算调整率 (797.14 − 922.56) / 922.56", formatPercent, (797.14 - 922.56) / 922.56, "-13.59%"],
    ["a rate of exactly 1", formatPercent, 1, "100.00%"],
    ["004 执行率 score 10 × 0.99586", formatScore, 10 * (793.84 / 797.14), "9.96"],
    ["a whole score", formatScore, 5, "5.00"],
    ["a tiny negative difference, without a minus sign", formatScore, -0.001, "0.00"],
    ["a headcount", formatCount, 12, "12"],
    ["a fractional count", formatCount, 12.5, "12.50"],
  ])("writes %s", (_title, format, value, expected) => {
    expect(format(value)).toBe(expected);
  });
});
