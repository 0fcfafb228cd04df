import { readUnit, unitFamily, unitsCompatible } from "../../../src/core/target/units";

describe("unitFamily", () => {
  it.each<[string | null, string | null]>([
    ["%", "percent"],
    ["％", "percent"],
    ["件", "count"],
    ["次", "count"],
    ["人次", "count"],
    ["个", "count"],
    ["批", "count"],
    ["篇", "count"],
    ["期", "count"],
    ["份", "count"],
    ["条", "count"],
    ["户", "count"],
    ["宗", "count"],
    ["万元", "money"],
    ["元", "money"],
    ["万", "money"],
    ["天", "time"],
    ["日", "time"],
    ["月", "time"],
    ["个月", "time"],
    ["小时", "time"],
    ["吨", null],
    [null, null],
  ])("%s → %s", (unit, family) => {
    expect(unitFamily(unit)).toBe(family);
  });
});

describe("unitsCompatible", () => {
  it.each<[string | null, string | null, boolean]>([
    ["%", "%", true],
    ["%", "％", true],
    ["件", "次", true],
    ["件", "人次", true],
    ["万元", "元", true],
    ["天", "小时", true],
    [null, "件", true],
    ["%", null, true],
    [null, null, true],
    ["%", "件", false],
    ["件", "万元", false],
    ["万元", "%", false],
    ["天", "次", false],
    ["吨", "吨", true],
    ["吨", "公里", false],
    ["吨", "件", false],
  ])("%s with %s → %s", (target, actual, compatible) => {
    expect(unitsCompatible(target, actual)).toBe(compatible);
  });
});

describe("readUnit", () => {
  it.each<[string, number, string | null, number, number]>([
    ["2000件", 4, "件", 1, 1],
    ["2000 件", 4, "件", 2, 1],
    ["37人次", 2, "人次", 2, 1],
    ["37人", 2, "人", 1, 1],
    ["6个月", 1, "月", 2, 1],
    ["3个工作日内", 1, "工作日", 4, 1],
    ["90万元", 2, "万元", 2, 1],
    ["96.16万", 5, "万元", 1, 1],
    ["96.16万，全部", 5, "万元", 1, 1],
    ["1.2万人次", 3, "人次", 3, 10000],
    ["5万亩", 1, null, 1, 10000],
    ["5吨", 1, null, 0, 1],
    ["95", 2, null, 0, 1],
  ])("%s from %i → %s", (text, from, unit, length, scale) => {
    expect(readUnit(text, from)).toEqual({ unit, length, scale });
  });
});
