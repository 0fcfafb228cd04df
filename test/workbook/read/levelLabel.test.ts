import { parseLevelLabel } from "../../../src/workbook/read/levelLabel";

describe("parseLevelLabel", () => {
  it.each([
    ["产出指标(50分)", "产出指标", 50],
    ["产出指标（50分）", "产出指标", 50],
    ["效益指标 ( 30 分 )", "效益指标", 30],
    ["管理效能45分", "管理效能", 45],
    ["加分项（2.5分）", "加分项", 2.5],
    ["产出\n指标", "产出指标", null],
    ["满意度指标", "满意度指标", null],
    ["100分", "100分", null],
  ])("splits %p into %p and %p", (text, name, weight) => {
    expect(parseLevelLabel(text)).toEqual({ name, weight });
  });
});
