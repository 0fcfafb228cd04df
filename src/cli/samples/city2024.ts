import { budgetTable } from "../../workbook/template/budgetTable";
import { frameworkTable, type FrameworkLine } from "./frameworkTable";
import type { Sample } from "./types";

const INPUT = { level1: "投入", level1Weight: 15, level2: "预算配置", level2Weight: 15 };
const EXECUTION = { level1: "过程", level1Weight: 40, level2: "预算执行", level2Weight: 21 };
const MANAGEMENT = { level1: "过程", level1Weight: 40, level2: "预算管理", level2Weight: 10 };
const ASSETS = { level1: "过程", level1Weight: 40, level2: "资产管理", level2Weight: 9 };
const OUTPUT = { level1: "产出", level1Weight: 25, level2: "职责履行", level2Weight: 25 };
const EFFECT = { level1: "效果", level1Weight: 20, level2: "履职效益", level2Weight: 20 };

/**
 * A framework-layout department table (Hunan style, SPEC 2.2) with 评分标准 texts in the phrasings of domain-rules
 * §3.10 B. Ratio rows take their value from the budget sheet; the others carry a measured value or a typed score.
 */
const LINES: readonly FrameworkLine[] = [
  {
    ...INPUT,
    name: "在职人员控制率",
    weight: 5,
    rule: "以100%为标准。在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止",
    note: "在职人员数/编制数",
  },
  {
    ...INPUT,
    name: "“三公经费”变动率",
    weight: 5,
    rule: "≦0，计5分；>0，每超过一个百分点扣0.5分，扣完为止",
    note: "与上年相比的变动",
  },
  {
    ...INPUT,
    name: "重点支出安排率",
    weight: 5,
    rule: "≥90%，计5分；80%(含)-90%，计4分；70%(含)-80%，计3分；60%(含)-70%，计2分；低于60%不得分",
    actual: "92%",
  },
  {
    ...EXECUTION,
    name: "预算调整率",
    weight: 3,
    rule: "=0，计3分；0-10%(含)，计2分；10-20%(含)，计1分；20-30%(含)，计0.5分；大于30%不得分",
  },
  {
    ...EXECUTION,
    name: "预算执行率",
    weight: 6,
    rule: "≥100%，计6分；90%(含)-100%，计5分；80%(含)-90%，计3分；低于80%不得分",
  },
  {
    ...EXECUTION,
    name: "“三公经费”控制率",
    weight: 6,
    rule: "以100%为标准。三公经费控制率≦100%，计6分；每超过一个百分点扣1分，扣完为止",
  },
  {
    ...EXECUTION,
    name: "公用经费控制率",
    weight: 6,
    rule: "以100%为标准。公用经费控制率≦100%，计6分；每超过一个百分点扣1分，扣完为止",
  },
  { ...MANAGEMENT, name: "资金使用合规性", weight: 3, rule: "每出现一例不符合要求的扣1分，扣完为止", actual: 0 },
  {
    ...MANAGEMENT,
    name: "管理制度健全性",
    weight: 3,
    rule: "已制定预算、财务、资产管理制度，且执行有效，每缺一项扣1分",
    score: 3,
  },
  {
    ...MANAGEMENT,
    name: "预决算信息公开性",
    weight: 4,
    rule: "按规定内容、时限公开预决算信息的，计4分；否则酌情扣分",
    score: 4,
  },
  { ...ASSETS, name: "资产管理安全性", weight: 4, rule: "资产保存完整、使用合规、处置规范的，计4分", score: 4 },
  {
    ...ASSETS,
    name: "固定资产利用率",
    weight: 5,
    rule: "≥90%，计5分；80%(含)-90%，计4分；低于80%不得分",
  },
  {
    ...OUTPUT,
    name: "信访事项及时受理率",
    weight: 10,
    rule: "≥95%，计10分；90%(含)-95%，计8分；低于90%不得分",
    actual: "100%",
  },
  {
    ...OUTPUT,
    name: "上访群众满意度",
    weight: 15,
    rule: "≥95%，计15分；90%(含)-95%，计12分；80%(含)-90%，计9分；低于80%不得分",
    actual: "96%",
  },
  {
    ...EFFECT,
    name: "无信访村（社区）占比",
    weight: 10,
    rule: "≥70%，计10分；60%(含)-70%，计8分；低于60%不得分",
    actual: "72.42%",
    note: "365/504",
  },
  {
    ...EFFECT,
    name: "社会效益",
    weight: 10,
    rule: "保障信访维稳工作的开展，促进社会和谐稳定，根据实际效果评分",
    score: 9,
  },
];

/** Seed 002's unnamed 市信访局, 2024: its budget figures and a framework-layout department table. */
export const city2024: Sample = {
  file: "市信访局-2024-部门整体.xlsx",
  sheets: [
    frameworkTable({
      sheetName: "部门整体支出绩效评价表",
      title: "2024年度市信访局部门整体支出绩效自评表",
      subtitle: "（参照湖南省部门整体支出绩效评价指标体系）",
      lines: LINES,
      notes: ["注：“社会效益”为定性指标，由评价小组据实打分。"],
    }),
    budgetTable({
      sheetName: "预算收支",
      title: "2024年度部门收支决算情况",
      subtitle: "单位：市信访局",
      columns: ["年初预算数", "调整预算数", "全年执行数", "上年执行数"],
      items: [
        { label: "收入合计", amounts: [358.03, -11.65, 346.38] },
        { label: "　　其中：一般公共预算财政拨款收入", amounts: [358.03, -11.65, 346.38] },
        { label: "支出合计", amounts: [358.03, -11.65, 346.38] },
        { label: "　　（一）一般公共服务支出", amounts: [289.5, -11.14, 278.36] },
        { label: "　　（二）社会保障和就业支出", amounts: [41.76, 0, 41.76] },
        { label: "　　（三）卫生健康支出", amounts: [9.23, -0.51, 8.72] },
        { label: "　　（四）住房保障支出", amounts: [17.54, 0, 17.54] },
        { label: "三公经费", amounts: [2.2, 0, 2.2, 2.2] },
        { label: "　　其中：因公出国（境）费", amounts: [0, 0, 0, 0] },
        { label: "　　　　　公务用车购置及运行费", amounts: [1.5, 0, 1.5, 1.5] },
        { label: "　　　　　公务接待费", amounts: [0.7, 0, 0.7, 0.7] },
        { label: "公用经费", amounts: [22.32, null, 21.24] },
        { label: "编制数", amounts: [null, null, 14] },
        { label: "实有人数", amounts: [null, null, 13] },
        { label: "固定资产总额", amounts: [null, null, 48.6] },
        { label: "　　其中：在用固定资产", amounts: [null, null, 48.6] },
      ],
      notes: ["注：全年执行数346.38万元，年末结余0万元。"],
    }),
  ],
};
