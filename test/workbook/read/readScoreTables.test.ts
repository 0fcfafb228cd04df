import { finding } from "../../../src/core/findings/types";
import type { ScoreTable } from "../../../src/core/model";
import { readWorkbookModel } from "../../../src/workbook/read";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { sheet, workbook, type CellSpec } from "../sheetBuilder";
import { huaduSheet, hunanFrameworkSheet } from "./fixtures/departmentTables";
import { nationalProjectRows, nationalProjectSheet } from "./fixtures/nationalProject";

const nobodyWrote = (): undefined => undefined;

function onlyTable(...sheets: SheetSnapshot[]): ScoreTable {
  const { model } = readWorkbookModel(workbook(...sheets), nobodyWrote);
  expect(model.tables).toHaveLength(1);
  const [table] = model.tables;
  if (!table) throw new Error("no table read");
  return table;
}

describe("reading a national project table", () => {
  const table = onlyTable(nationalProjectSheet("项目自评表"));

  it("takes the title from 项目名称 and the header's place", () => {
    expect(table).toMatchObject({ kind: "project", sheet: "项目自评表", title: "信访专项工作经费", hasBonus: false });
    expect(table.at.header).toEqual({ sheet: "项目自评表", cell: "B11" });
  });

  it("reads the fund block, numbers typed as text and the rate in a percent format", () => {
    expect(table.fund).toMatchObject({
      initialBudget: 922.56,
      budget: 797.14,
      executed: 793.84,
      weight: 10,
      enteredRate: 0.9959,
      enteredScore: 9.96,
    });
    expect(table.fund?.at).toEqual({
      row: { sheet: "项目自评表", cell: "B6" },
      initialBudget: { sheet: "项目自评表", cell: "C6" },
      budget: { sheet: "项目自评表", cell: "D6" },
      executed: { sheet: "项目自评表", cell: "E6" },
      weight: { sheet: "项目自评表", cell: "F6" },
      rate: { sheet: "项目自评表", cell: "G6" },
      score: { sheet: "项目自评表", cell: "H6" },
    });
  });

  it("reads every filled indicator row, skipping placeholders, with merged 一级 and 二级 filled down", () => {
    expect(table.indicators.map((row) => [row.level1, row.level2, row.name])).toEqual([
      ["产出指标", "数量指标", "处理信访件数"],
      ["产出指标", "数量指标", "排查专项行动次数"],
      ["产出指标", "质量指标", "按期办结率"],
      ["效益指标", "社会效益指标", "群众满意度"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度"],
    ]);
  });

  it("keeps the actual cell as it is and reads weights and scores typed as text", () => {
    const [first, , third, fourth] = table.indicators;
    expect(first).toMatchObject({ targetText: "≥2000件", actual: { value: "2,345件" }, weight: 20, enteredScore: 20 });
    expect(third).toMatchObject({ actual: { value: 0.96, numberFormat: "0%" }, weight: 15, enteredScore: 15 });
    expect(fourth).toMatchObject({ actual: { value: "86%" }, reason: "个别诉求\n未能解决", ruleText: "", prior: null });
    expect(first?.at).toEqual({
      row: { sheet: "项目自评表", cell: "D12" },
      target: { sheet: "项目自评表", cell: "E12" },
      actual: { sheet: "项目自评表", cell: "F12" },
      weight: { sheet: "项目自评表", cell: "G12" },
      score: { sheet: "项目自评表", cell: "H12" },
      reason: { sheet: "项目自评表", cell: "I12" },
    });
  });

  it("reads the weights the 一级 labels declare", () => {
    expect(table.declaredWeights).toEqual([
      { level: 1, name: "产出指标", weight: 50, at: { sheet: "项目自评表", cell: "B12" } },
      { level: 1, name: "效益指标", weight: 30, at: { sheet: "项目自评表", cell: "B16" } },
      { level: 1, name: "满意度指标", weight: 10, at: { sheet: "项目自评表", cell: "B17" } },
    ]);
  });

  it("reads the 总分 in the score column and the 自评等级 next to its label", () => {
    expect(table).toMatchObject({ enteredTotal: 97.63, enteredGrade: "优" });
    expect(table.at.total).toEqual({ sheet: "项目自评表", cell: "H19" });
    expect(table.at.grade).toEqual({ sheet: "项目自评表", cell: "H20" });
  });

  it("marks an actual column whose header says %", () => {
    const marked = onlyTable(
      sheet("s", [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值(%)", "分值", "得分"],
        ["产出指标", "质量指标", "办结率", "≥95%", 96, 10, 10],
      ]),
    );
    expect(marked.indicators[0]).toMatchObject({ actual: { value: 96 }, actualPercentColumn: true });
  });
});

describe("the end of an indicator table", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  const row = (name: string) => ["产出指标", "数量指标", name, "≥1", 1, 10, 10];

  it("reads a 等级 on the 总分 row, right of the table", () => {
    const table = onlyTable(
      sheet("s", [header, row("甲"), ["合计", null, null, null, null, 10, 10, "自评等级", "优"]]),
    );
    expect(table).toMatchObject({ enteredTotal: 10, enteredGrade: "优", at: { grade: { cell: "I3" } } });
  });

  it("gives an empty 等级 cell for the add-in to fill", () => {
    const table = onlyTable(sheet("s", [header, row("甲"), ["总分", null, null, null, null, 10, null], ["等级"]]));
    expect(table).toMatchObject({
      enteredTotal: null,
      enteredGrade: null,
      at: { total: { cell: "G3" }, grade: { cell: "B4" } },
    });
  });

  it("reports a 总分 too large to be one and reads it as none", () => {
    const { model, findings } = readWorkbookModel(
      workbook(sheet("s", [header, row("甲"), ["总分", null, null, null, null, 10, 1e300]])),
      nobodyWrote,
    );
    expect(model.tables[0]?.enteredTotal).toBeNull();
    expect(findings).toContainEqual(finding("NUMBER_TOO_LARGE", { sheet: "s", cell: "G3" }, { name: "总分" }));
  });

  it("stops at the first row after the 总分 that is not a 等级 line", () => {
    const table = onlyTable(sheet("s", [header, row("甲"), ["总分", null, null, null, null, 10, 10], row("乙")]));
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["甲"]);
  });

  it("stops at three blank rows when there is no 总分 row", () => {
    const table = onlyTable(sheet("s", [header, row("甲"), [], row("乙"), [], [], [], row("丙")]));
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["甲", "乙"]);
    expect(table.at.total).toBeUndefined();
  });
});

describe("output cells merged with other cells", () => {
  const header = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ];
  const read = (rows: CellSpec[][], merges: string[]) =>
    readWorkbookModel(workbook(sheet("表", rows, { merges })), nobodyWrote);

  it("gives a 得分 merged into the 偏差原因 column no cell, so a written score is never read back as the reason", () => {
    // Written backwards, as some files store it: the area is G2:H2 all the same.
    const { model, findings } = read([header, ["产出指标", "数量指标", "办结率", "≥95%", "80%", 20]], ["H2:G2"]);
    const [row] = model.tables[0]?.indicators ?? [];
    expect(row?.at.score).toBeUndefined();
    expect(row?.at.reason).toEqual({ sheet: "表", cell: "G2" });
    expect(findings).toContainEqual(finding("OUTPUT_MERGED", { sheet: "表", cell: "G2" }, { name: "办结率" }));
  });

  it("gives a 总分 covered by a merge from another row's name cell no cell, so no total lands in that name", () => {
    const { model, findings } = read(
      [header, ["产出指标", "数量指标", "办结率", "≥95%", "96%", 20], [null, null, null, "说明"], ["总分"]],
      ["C3:G4"],
    );
    expect(model.tables[0]?.at.total).toBeUndefined();
    expect(model.tables[0]?.indicators.map((row) => row.name)).toEqual(["办结率"]);
    expect(findings).toContainEqual(finding("OUTPUT_MERGED", { sheet: "表", cell: "G4" }, { name: "总分" }));
  });

  const indicator = (name: string): CellSpec[] => ["产出指标", "数量指标", name, "≥95%", "96%", 20];
  it.each<[string, CellSpec[][], string]>([
    ["three blank rows", [[], [], []], "G2:G5"],
    ["a note", [[null, null, null, null, null, null, null, "注：1. 分值合计为100分。"]], "G2:G3"],
  ])(
    "gives a 得分 merged down over %s no cell, so a written score never moves the table's end",
    (_, between, merge) => {
      const { model, findings } = read([header, indicator("甲"), ...between, indicator("乙")], [merge]);
      expect(model.tables[0]?.indicators.map((row) => [row.name, row.at.score])).toEqual([["甲", undefined]]);
      expect(findings).toContainEqual(finding("OUTPUT_MERGED", { sheet: "表", cell: "G2" }, { name: "甲" }));
    },
  );

  it("keeps a 得分 merged down a row of its own indicator or over a column the table does not read", () => {
    const { model, findings } = read(
      [
        [...header, null],
        ["产出指标", "数量指标", "办结率", "≥95%", "96%", 20, null, "原因"],
        [null, null, null, "（全年）"],
      ],
      ["C2:C3", "G2:G3", "H1:I1", "H2:I2"],
    );
    expect(model.tables[0]?.indicators[0]?.at.score).toEqual({ sheet: "表", cell: "G2" });
    expect(findings.map((f) => f.code)).not.toContain("OUTPUT_MERGED");
  });
});

describe("reading several tables on one sheet", () => {
  const first = nationalProjectRows("信访专项工作经费");
  const second = nationalProjectRows("来访接待厅维护经费", first.rows.length + 2);
  const { model } = readWorkbookModel(
    workbook(
      sheet("两个项目", [...first.rows, [], [], ...second.rows], { merges: [...first.merges, ...second.merges] }),
    ),
    nobodyWrote,
  );

  it("keeps each table's title, fund block, rows and footer apart", () => {
    expect(model.tables.map((table) => table.title)).toEqual(["信访专项工作经费", "来访接待厅维护经费"]);
    expect(model.tables.map((table) => table.indicators.length)).toEqual([5, 5]);
    expect(model.tables.map((table) => table.fund?.at.row.cell)).toEqual(["B6", "B29"]);
    expect(model.tables.map((table) => table.at.total?.cell)).toEqual(["H19", "H42"]);
    expect(model.tables[1]?.indicators[0]?.at.row).toEqual({ sheet: "两个项目", cell: "D35" });
  });
});

describe("reading a department table", () => {
  it("in the indicator layout, when the title says 部门整体", () => {
    const table = onlyTable(huaduSheet());
    expect(table).toMatchObject({
      kind: "department",
      title: "2021年度广州市花都区信访局部门整体支出绩效自评表",
      fund: null,
      hasBonus: true,
      enteredTotal: 95.9,
      enteredGrade: null,
    });
    expect(table.indicators.map((row) => row.enteredScore)).toEqual([15, 26.9, 8, 25.5, 15.5, 5]);
    expect(table.indicators.map((row) => row.weight)).toEqual([15, 30, 8, 26, 16, 5]);
    expect(table.declaredWeights.map(({ level, name, weight }) => [level, name, weight])).toEqual([
      [1, "管理效能", 45],
      [2, "绩效管理", 15],
      [2, "资金运行和管理", 30],
      [1, "履职效能", 50],
      [1, "加分", 5],
    ]);
    expect(table.at.total).toEqual({ sheet: "Sheet1", cell: "G10" });
  });

  it("in the indicator layout, when the sheet's name says 部门整体", () => {
    const table = onlyTable(
      sheet("部门整体支出绩效自评表", [
        ["一级指标", "二级指标", "三级指标", "指标值", "全年实际值", "权重", "自评得分", "未完成原因分析"],
        ["产出指标", "数量指标", "信访件办理数", "≥2000件", 2100, 20, 20],
      ]),
    );
    expect(table.kind).toBe("department");
    expect(table.indicators[0]).toMatchObject({ name: "信访件办理数", weight: 20, enteredScore: 20 });
  });

  it("in the Hunan framework layout, with level weights from merged 分值 cells and 评分标准 as the rule", () => {
    const table = onlyTable(hunanFrameworkSheet());
    expect(table).toMatchObject({ kind: "department", title: "部门整体支出绩效评价评分表", hasBonus: false });
    expect(table.declaredWeights).toEqual([
      { level: 1, name: "投入", weight: 15, at: { sheet: "整体支出评价", cell: "B3" } },
      { level: 2, name: "预算配置", weight: 15, at: { sheet: "整体支出评价", cell: "D3" } },
      { level: 1, name: "过程", weight: 40, at: { sheet: "整体支出评价", cell: "B6" } },
      { level: 2, name: "预算执行", weight: 15, at: { sheet: "整体支出评价", cell: "D6" } },
      { level: 2, name: "预算管理", weight: 15, at: { sheet: "整体支出评价", cell: "D10" } },
    ]);
    expect(table.indicators).toHaveLength(9);
    expect(table.indicators.map((row) => [row.level1, row.level2, row.weight, row.enteredScore])).toEqual([
      ["投入", "预算配置", 5, 5],
      ["投入", "预算配置", 5, 5],
      ["投入", "预算配置", 5, 4],
      ["过程", "预算执行", 3, 2],
      ["过程", "预算执行", 3, 3],
      ["过程", "预算执行", 3, 3],
      ["过程", "预算执行", 6, 6],
      ["过程", "预算管理", 3, 3],
      ["过程", "预算管理", 3, 2],
    ]);
    const [first] = table.indicators;
    expect(first).toMatchObject({
      name: "财政供养人员控制率",
      targetText: "",
      actual: { value: null },
      ruleText: "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止",
    });
    expect(first?.at).toEqual({
      row: { sheet: "整体支出评价", cell: "E3" },
      weight: { sheet: "整体支出评价", cell: "F3" },
      score: { sheet: "整体支出评价", cell: "I3" },
    });
  });

  it("in the framework layout with a 实际完成值 column", () => {
    const table = onlyTable(
      sheet("评价表", [
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "实际值", "得分"],
        ["过程", 40, "预算执行", 15, "预算调整率", 3, "=0,计3分;0-10%(含),计2分", { value: -0.1359, format: "0.00%" }],
      ]),
    );
    expect(table.indicators[0]).toMatchObject({
      actual: { value: -0.1359, numberFormat: "0.00%" },
      enteredScore: null,
      at: { actual: { sheet: "评价表", cell: "H2" }, score: { sheet: "评价表", cell: "I2" } },
    });
  });
});

describe("missing columns", () => {
  it("reports COLUMN_MISSING at the header and still reads what is there", () => {
    const { model, findings } = readWorkbookModel(
      workbook(
        sheet("项目", [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"],
          ["产出指标", "数量指标", "办件数", "≥10件", 10, 9],
        ]),
      ),
      nobodyWrote,
    );
    expect(findings).toEqual([
      {
        code: "COLUMN_MISSING",
        severity: "error",
        sheet: "项目",
        cell: "A1",
        params: { table: "项目支出绩效自评表", column: "实际完成值" },
      },
    ]);
    expect(model.tables[0]?.indicators[0]).toMatchObject({ name: "办件数", actual: { value: null }, weight: 10 });
    expect(model.tables[0]?.indicators[0]?.at.actual).toBeUndefined();
  });

  it("reports an error value in a weight and reads it as no weight", () => {
    const { model, findings } = readWorkbookModel(
      workbook(
        sheet("项目", [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["产出指标", "数量指标", "办件数", "≥10件", 12, "#REF!", 9],
        ]),
      ),
      nobodyWrote,
    );
    expect(model.tables[0]?.indicators[0]?.weight).toBeNull();
    expect(findings.map((found) => [found.code, found.cell])).toEqual([["CELL_ERROR_VALUE", "F2"]]);
  });
});

describe("headers over two rows", () => {
  const FUND = [
    ["项目名称", "信访专项工作经费"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", null, 900, 800, 800, 10, null, null],
  ];
  const ROWS = [
    ["产出指标", "数量指标", "处理信访件数", "≥2000件", "2,100件", 30, null, null],
    [null, "质量指标", "按期办结率", "≥95%", "96%", 30, null, null],
    ["满意度指标", "满意度指标", "群众满意度", "≥90%", "92%", 30, null, null],
    ["总分", null, null, null, null, 100, null, null],
  ];
  const LEVELS = ["一级指标", "二级指标", "三级指标"];
  const REST = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  const down = (columns: string): string[] => [...columns].map((col) => `${col}4:${col}5`);

  it.each<[string, (string | null)[][], string[]]>([
    ["split between the rows", [["绩效指标", null, null, ...REST], LEVELS], []],
    [
      "with 指标值 over 年度指标值 and 实际完成值",
      [
        [...LEVELS, "指标值", null, "分值", "得分", "偏差原因分析及改进措施"],
        [null, null, null, "年度指标值", "实际完成值"],
      ],
      [...down("ABCFGH"), "D4:E4"],
    ],
    ["merged down over an empty row", [[...LEVELS, ...REST], []], down("ABCDEFGH")],
  ])("reads the table, its fund block and every row under a header %s", (_layout, header, merges) => {
    const { model, findings } = readWorkbookModel(
      workbook(sheet("项目自评表", [...FUND, ...header, ...ROWS], { merges: [...merges, "A6:A7"] })),
      nobodyWrote,
    );
    expect(findings).toEqual([]);
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table).toMatchObject({ title: "信访专项工作经费", at: { header: { sheet: "项目自评表", cell: "A4" } } });
    expect(table?.fund).toMatchObject({ budget: 800, executed: 800, weight: 10 });
    expect(table?.indicators.map((row) => [row.level1, row.name, row.targetText, row.weight])).toEqual([
      ["产出指标", "处理信访件数", "≥2000件", 30],
      ["产出指标", "按期办结率", "≥95%", 30],
      ["满意度指标", "群众满意度", "≥90%", 30],
    ]);
  });

  it("reports a header merged into one cell at that cell instead of dropping the table in silence", () => {
    const { model, findings } = readWorkbookModel(
      workbook(sheet("项目自评表", [...FUND, [...LEVELS, ...REST], [], ...ROWS], { merges: ["A4:H5", "A6:A7"] })),
      nobodyWrote,
    );
    expect(model.tables.flatMap((table) => table.indicators)).toEqual([]);
    expect(findings).toEqual([
      {
        code: "HEADER_UNREADABLE",
        severity: "error",
        sheet: "项目自评表",
        cell: "A4",
        params: { label: "一级指标", merge: "A4:H5" },
      },
    ]);
  });
});
