import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * A small national project table on sheet "项目表", output cells empty: fund 9 of 10 (H4), indicators H6:H8, 总分
 * H9, 等级 next to its label in B10. Row 6 misses its target (1500 of ≥2000件, no 偏差原因); row 8 over-achieves
 * (99 % of ≥80 %) without one. Total 30 + 30 + 20 + 9 = 89: 良.
 */
export function projectWorkbook(options: { readonly protected?: boolean } = {}): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", "信访专项工作经费"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, null, null],
    [null, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "处理信访件数", "≥2000件", "1500件", 40, null, null],
    [null, null, "质量指标", "按期办结率", "≥95%", "96%", 30, null, null],
    [null, "效益指标", "社会效益指标", "群众满意度", "≥80%", "99%", 20, null, null],
    ["总分", null, null, null, null, null, 100, null, null],
    ["自评等级", null, null, null, null, null, null, null, null],
  ];
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? null));
  const sheet: SheetSnapshot = {
    name: "项目表",
    protected: options.protected ?? false,
    visibility: "visible",
    origin: { row: 0, col: 0 },
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
    merges: [],
  };
  return { sheets: [sheet] };
}
