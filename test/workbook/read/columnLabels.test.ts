import { readHeaderLabel } from "../../../src/workbook/read/columnLabels";

describe("readHeaderLabel", () => {
  it.each([
    ["年度\n指标值", "target", false],
    ["年 度 指 标 值", "target", false],
    ["全年执行数（万元）", "executed", false],
    ["全年执行数(万元)", "executed", false],
    ["实际完成值(%)", "actual", true],
    ["实际完成值（％）", "actual", true],
    ["执行率%", "rate", true],
    ["分值【分】", "weight", false],
    ["指标值", "target", false],
    ["全年实际值", "actual", false],
    ["完成值", "actual", false],
    ["权重", "weight", false],
    ["自评得分", "score", false],
    ["未完成原因分析", "reason", false],
    ["偏差原因分析及整改措施", "reason", false],
    ["调整数", "adjustment", false],
    ["调整后预算数", "adjusted", false],
    ["决算数", "executed", false],
    ["上年决算数", "prior", false],
    ["预算数", "initial", false],
    ["评分标准", "rule", false],
    ["(万元)全年预算数", "adjusted", false],
    ["【%】实际完成值", "actual", true],
    ["（％）执行率", "rate", true],
  ])("reads %p as the %p column (percent %p)", (text, role, percent) => {
    expect(readHeaderLabel(text)).toEqual({ role, percent });
  });

  it.each([
    "绩效指标",
    "预期目标",
    "备注",
    "得分率",
    "信访件办理数(件)",
    "≥95%",
    "产出指标(50分)",
    "%实际完成值",
    "1,406批次",
  ])("%p names no column", (text) => {
    expect(readHeaderLabel(text)).toBeNull();
  });
});
