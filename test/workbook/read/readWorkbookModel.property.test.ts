import fc from "fast-check";
import { readWorkbookModel } from "../../../src/workbook/read";
import { columnName } from "../../../src/workbook/address";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/snapshot";

/** Labels that make the reader try to read a table, mixed in so random grids reach deep into it. */
const LABELS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值(%)",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "评分标准",
  "年初预算数",
  "全年预算数",
  "全年执行数（万元）",
  "执行率",
  "调整预算数",
  "项目",
  "项目名称",
  "年度资金总额",
  "总分",
  "合计",
  "自评等级",
  "产出指标(50分)",
  "加分（5分）",
  "其中：基本支出",
  "\u3000\u3000（一）工资福利支出",
  "注：",
  "指标1",
  "……",
  "#REF!",
  "86%",
  "1,391.03",
  "部门整体",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...LABELS),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
);

/** Whole header rows, so that random grids open tables often and the readers run over random bodies. */
const HEADER_ROWS: readonly (readonly CellValue[])[] = [
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "指标说明", "得分"],
  [null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["项目", "年初预算数", "调整预算数", "全年预算数", "全年执行数", "上年数"],
];

const row = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_ROWS).map((header) => [...header]) },
  { weight: 5, arbitrary: fc.array(cell, { maxLength: 12 }) },
);

const address = fc
  .record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 12 }) })
  .map(({ row, col }) => `${columnName(col)}${row + 1}`);

const merge = fc.oneof(
  fc.tuple(address, address).map(([a, b]) => `${a}:${b}`),
  fc.constantFrom("A1:XFD1048576", "Z99:A1", "nonsense", "", "A0:B2", "Sheet1!B2:C3"),
);

const sheetSnapshot: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("部门整体支出绩效自评表", "_selfeval_state", "校验结果"),
    ),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
    values: fc.array(row, { maxLength: 25 }),
    merges: fc.array(merge, { maxLength: 8 }),
    format: fc.constantFrom("General", "0%", "0.00%", ""),
  })
  .map(({ name, origin, values, merges, format }) => ({
    name,
    protected: false,
    visibility: "visible" as const,
    origin,
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => format)),
    merges,
  }));

describe("readWorkbookModel on random grids", () => {
  it("never throws; rows point into their own sheet and parents come before their parts", () => {
    fc.assert(
      fc.property(
        fc.array(sheetSnapshot, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 50, "优"),
        (sheets, owned) => {
          const { model, sheets: readings } = readWorkbookModel({ sheets }, () => owned);
          const names = new Set(sheets.map((snapshot) => snapshot.name));
          for (const table of model.tables) {
            expect(names.has(table.sheet)).toBe(true);
            for (const row of table.indicators) expect(row.at.row.sheet).toBe(table.sheet);
          }
          model.budget?.items.forEach((item, index) => {
            expect(item.parent === null || (item.parent >= 0 && item.parent < index)).toBe(true);
          });
          expect(readings.length).toBeLessThanOrEqual(sheets.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
