import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { sheet, type CellSpec } from "../sheetBuilder";
import { placeCells } from "./factories";

/**
 * A small national project table with its output cells empty: 执行率 G4, 得分 H4, indicator 得分 H6:H8, 总分 H9,
 * 等级 B10 (next to its label). Row 6 misses its target (1500 of ≥2000件); row 8 over-achieves (99 % of ≥80 %)
 * without a 偏差原因. Fund 9 of 10, rows 30 + 30 + 20: total 89, 良.
 */
export function projectSheet(
  overrides: { readonly [a1: string]: CellSpec } = {},
  options: { readonly name?: string; readonly protected?: boolean } = {},
): SheetSnapshot {
  const rows: CellSpec[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", "信访专项工作经费"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, null, null],
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    [null, "产出指标", "数量指标", "处理信访件数", "≥2000件", "1500件", 40, null, null],
    [null, null, "质量指标", "按期办结率", "≥95%", "96%", 30, null, null],
    [null, "效益指标", "社会效益指标", "群众满意度", "≥80%", "99%", 20, null, null],
    ["总分", null, null, null, null, null, 100, null],
    ["自评等级", null, null, null, null, null, null, null],
  ];
  return sheet(options.name ?? "项目表", placeCells(rows, overrides), { protected: options.protected ?? false });
}
