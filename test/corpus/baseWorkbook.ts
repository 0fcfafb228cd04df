import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { sheet, type CellSpec } from "../workbook/sheetBuilder";

/**
 * The clean workbook every bad one is made from: a national project table whose indicators all met their targets
 * (no error, no warning: exit code 0) and a consistent 预算收支表. Each bad case changes one thing, so that the
 * finding and the exit code it causes are its own. Row numbers below are the sheet's (1-based).
 */
export const PROJECT_SHEET = "项目自评表";
export const BUDGET_SHEET = "预算收支表";

/** Where the cases reach into the project table. */
export const AT = {
  header: 5, // indicator header row
  firstIndicator: 6,
  weightColumn: "F",
  actualColumn: "E",
  targetColumn: "D",
  nameColumn: "C",
  scoreColumn: "G",
  fundRow: 3, // 年度资金总额
} as const;

const PROJECT: CellSpec[][] = [
  ["项目名称", "信访专项工作经费"],
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额", null, 900, 800, 800, 10, null, null],
  ["其中：当年财政拨款", null, 900, 800, 800, "—", "—", "—"],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标(60分)", "数量指标", "处理信访件数", "≥2000件", "2,100件", 30, null, null],
  [null, "质量指标", "按期办结率", "≥95%", { value: 0.96, format: "0.00%" }, 30, null, null],
  ["满意度指标(30分)", "满意度指标", "群众满意度", "≥90%", "92%", 30, null, null],
  ["总分", null, null, null, null, 100, null, null],
  ["自评等级", null, null, null, null, null, null, null],
];

const BUDGET: CellSpec[][] = [
  ["项目", "年初预算数", "调整预算数", "全年预算数", "全年执行数"],
  ["支出合计", 1000, 0, 1000, 990],
  ["基本支出", 600, 0, 600, 595],
  ["项目支出", 400, 0, 400, 395],
];

export function baseWorkbook(): WorkbookSnapshot {
  return {
    sheets: [sheet(PROJECT_SHEET, PROJECT, { merges: ["A6:A7"] }), sheet(BUDGET_SHEET, BUDGET)],
  };
}
