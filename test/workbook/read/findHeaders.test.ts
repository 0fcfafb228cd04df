import { findHeaders } from "../../../src/workbook/read/findHeaders";
import { Grid } from "../../../src/workbook/read/grid";
import { sheet } from "../sheetBuilder";

const scan = (rows: (string | null)[][], merges: string[] = []) => findHeaders(new Grid(sheet("s", rows, { merges })));
const headersOf = (rows: (string | null)[][], merges: string[] = []) => scan(rows, merges).headers;

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

  describe("two-row headers", () => {
    const LEVELS = ["一级指标", "二级指标", "三级指标"];
    it.each<[string, (string | null)[][], string[]]>([
      [
        "labels split between the rows, nothing merged",
        [["绩效指标", null, null, "年度指标值", "实际完成值", "分值", "得分"], LEVELS],
        [],
      ],
      [
        "绩效指标 over the three levels, the other labels merged down",
        [["绩效指标", null, null, "年度指标值", "实际完成值", "分值", "得分"], LEVELS],
        ["A1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2"],
      ],
      [
        "a label over two columns named in the row below, the other labels merged down",
        [
          [...LEVELS, "指标值", null, "分值", "得分"],
          [null, null, null, "年度指标值", "实际完成值"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2"],
      ],
      [
        "评分 over 分值 and 得分",
        [
          [...LEVELS, "年度指标值", "实际完成值", "评分", null],
          [null, null, null, null, null, "分值", "得分"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1"],
      ],
    ])("reads %s as one header", (_layout, rows, merges) => {
      const headers = headersOf([...rows, ["产出指标", "数量指标", "办件数", "≥10件", "12件", "10", null]], merges);
      expect(headers.map((header) => [header.kind, header.row, header.bottom])).toEqual([["indicator", 0, 1]]);
      expect(headers[0]?.columns).toMatchObject({
        level1: 0,
        level2: 1,
        name: 2,
        target: 3,
        actual: 4,
        weight: 5,
        score: 6,
      });
    });

    it("gives a 分值 in the lower row to the level above it", () => {
      const [header] = headersOf(
        [
          ["一级指标", null, "二级指标", null, "三级指标", null, "评分标准", "得分"],
          [null, "分值", null, "分值", null, "分值"],
        ],
        ["A1:B1", "C1:D1", "E1:F1", "G1:G2", "H1:H2"],
      );
      expect(header).toMatchObject({
        kind: "framework",
        row: 0,
        bottom: 1,
        columns: { level1: 0, level1Weight: 1, level2: 2, level2Weight: 3, name: 4, weight: 5, rule: 6, score: 7 },
      });
    });

    it("keeps a header whose first cell is merged into the data row below it one row high", () => {
      const labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
      const headers = headersOf([labels, [null, "数量指标", "办件数", "≥10件", "12件", "10", null]], ["A1:A2"]);
      expect(headers.map((header) => [header.row, header.bottom])).toEqual([[0, 0]]);
    });

    it("keeps a fund header and the indicator header right under it apart", () => {
      const headers = headersOf([
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ]);
      expect(headers.map((header) => [header.kind, header.row, header.bottom])).toEqual([
        ["fund", 0, 0],
        ["indicator", 1, 1],
      ]);
    });
  });

  describe("header rows that open no table", () => {
    it("names the first cell of a header merged into one cell", () => {
      const labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
      expect(scan([labels, labels.map(() => null)], ["A1:G2"])).toEqual({
        headers: [],
        unreadable: [{ row: 0, col: 0 }],
      });
    });

    it("names a header row that has the levels and nothing else", () => {
      expect(scan([["说明"], [null, "一级指标", "二级指标", "三级指标"]]).unreadable).toEqual([{ row: 1, col: 1 }]);
    });

    it("leaves rows without a level label, and a level label alone, as they are", () => {
      const rows = [
        ["项目名称", "信访专项经费"],
        ["年初预算数"],
        ["预期目标", "实际完成情况"],
        ["一级指标"],
        ["三级指标", "说明"],
      ];
      expect(scan(rows).unreadable).toEqual([]);
    });
  });
});
