import type { CellRef } from "../../../src/core/location";
import { readWorkbookModel } from "../../../src/workbook/read";
import { percent, sheet, workbook } from "../sheetBuilder";
import { yantianBudgetSheet } from "./fixtures/budgetTables";
import { nationalProjectSheet } from "./fixtures/nationalProject";

const nobodyWrote = (): undefined => undefined;

describe("readWorkbookModel", () => {
  it("says what it found on each sheet and notes the sheets with nothing", () => {
    const { sheets, findings } = readWorkbookModel(
      workbook(nationalProjectSheet("项目"), yantianBudgetSheet(), sheet("封面", [["2023年度绩效自评材料"]])),
      nobodyWrote,
    );
    expect(sheets).toEqual([
      { sheet: "项目", blocks: ["project"] },
      { sheet: "预算执行", blocks: ["budget"] },
      { sheet: "封面", blocks: [] },
    ]);
    expect(findings).toEqual([
      { code: "SHEET_NOT_RECOGNISED", severity: "info", sheet: "封面", cell: "A1", params: {} },
    ]);
  });

  it("skips the add-in's own sheets and the ignored ones without a word", () => {
    const empty = (name: string) => sheet(name, [["x"]]);
    const { sheets, findings } = readWorkbookModel(
      workbook(
        empty("_selfeval_state"),
        empty("校验结果"),
        empty("自评报告"),
        empty("草稿"),
        nationalProjectSheet("项目"),
      ),
      nobodyWrote,
      { ignoredSheets: ["草稿"] },
    );
    expect(sheets.map((reading) => reading.sheet)).toEqual(["项目"]);
    expect(findings).toEqual([]);
  });

  it("reads an empty workbook as an empty model", () => {
    expect(readWorkbookModel(workbook(), nobodyWrote)).toEqual({
      model: { tables: [], budget: null },
      findings: [],
      sheets: [],
    });
  });

  describe("ownership", () => {
    const rows = [
      ["项目资金", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 100, 90, 10, percent(0.9), 9],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "办件数", "≥10件", 12, 50, 50],
      ["产出指标", "质量指标", "办结率", "≥95%", "96%", 40, 38],
      ["总分", null, null, null, null, 100, 97],
      ["等级", "优"],
    ];
    const written: Record<string, number | string> = { F2: 9, E2: 0.9, G4: 50, G5: 40, G6: 97, B7: "优" };
    const owned = (ref: CellRef) => (ref.sheet === "表" ? written[ref.cell] : undefined);
    const [table] = readWorkbookModel(workbook(sheet("表", rows)), owned).model.tables;

    it("takes a cell still holding what the add-in wrote as not entered", () => {
      expect(table?.fund).toMatchObject({ enteredRate: null, enteredScore: null });
      expect(table?.indicators[0]?.enteredScore).toBeNull();
      expect(table?.enteredTotal).toBeNull();
      expect(table?.enteredGrade).toBeNull();
    });

    it("keeps a value a person typed over the add-in's", () => {
      expect(table?.indicators[1]?.enteredScore).toBe(38);
    });

    it("still gives the output cells, to write into", () => {
      expect(table?.at).toMatchObject({ total: { cell: "G6" }, grade: { cell: "B7" } });
      expect(table?.fund?.at).toMatchObject({ rate: { cell: "E2" }, score: { cell: "F2" } });
    });
  });

  it.each([
    ["99.59%", 0.9959],
    [percent(0.9959), 0.9959],
    [99.59, 0.9959],
    [0.9959, 0.9959],
  ])("reads the rate %p as the fraction %p", (rate, fraction) => {
    const { model } = readWorkbookModel(
      workbook(
        sheet("s", [
          [null, "全年预算数", "全年执行数", "执行率", "得分"],
          ["年度资金总额", 797.14, 793.84, rate],
        ]),
      ),
      nobodyWrote,
    );
    expect(model.tables[0]?.fund?.enteredRate).toBeCloseTo(fraction, 10);
  });
});
