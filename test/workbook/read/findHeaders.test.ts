import { findHeaders } from "../../../src/workbook/read/findHeaders";
import { Grid } from "../../../src/workbook/read/grid";
import { sheet } from "../sheetBuilder";

const headersOf = (rows: (string | null)[][], merges: string[] = []) =>
  findHeaders(new Grid(sheet("s", rows, { merges })));

describe("findHeaders", () => {
  it.each([
    [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      "indicator",
    ],
    [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "指标说明", "得分"], "framework"],
    [["三级指标", "评分标准", "分值", "得分"], "framework"],
    [["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "fund"],
    [["项目", "年初预算数", "调整预算数", "全年预算数", "全年执行数"], "budget"],
    [["科目", "决算数"], "budget"],
    [["项目", "预算数", "执行数", "执行率"], "budget"],
  ])("reads %p as a %p header", (labels, kind) => {
    expect(headersOf([["标题"], labels]).map((header) => [header.kind, header.row])).toEqual([[kind, 1]]);
  });

  it.each([
    [["一级指标", "二级指标", "三级指标"]],
    [["预期目标", "实际完成情况"]],
    [["项目名称", "信访专项经费"]],
    [["年初预算数"]],
  ])("finds no header in %p", (labels) => {
    expect(headersOf([labels])).toEqual([]);
  });

  it("gives each 分值 to the level on its left", () => {
    const [header] = headersOf([["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "得分"]]);
    expect(header?.columns).toMatchObject({
      level1: 0,
      level1Weight: 1,
      level2: 2,
      level2Weight: 3,
      name: 4,
      weight: 5,
    });
  });

  it("marks percent columns and skips the right part of a merged label", () => {
    const [header] = headersOf(
      [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值(%)", "分值", "得分", "偏差原因", null]],
      ["H1:I1"],
    );
    expect(header?.percent.has("actual")).toBe(true);
    expect(header?.columns.reason).toBe(7);
    expect(header?.right).toBe(7);
  });

  it("reads a header merged over two rows once", () => {
    const labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
    const headers = headersOf(
      [labels, labels.map(() => null)],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2"],
    );
    expect(headers.map((header) => header.row)).toEqual([0]);
  });
});
