import { budgetTable } from "../../workbook/template/budgetTable";
import { indicatorTable, type IndicatorLine } from "../../workbook/template/indicatorTable";
import type { Sample } from "./types";

const MANAGEMENT = "管理效能\n（45分）";
const DUTIES = "履职效能\n（50分）";
const BONUS = "加分项\n（5分）";

/**
 * Seed 001's framework: 管理效能 45 (绩效管理 15 → 15, 资金运行和管理 30 → 26.9), 履职效能 50 (8, 25.5, 15.5 with
 * the targets of domain-rules §2 rows 1–6), 加分 5: 95.9 in all. Where the seed reports a judgement (over-achieved
 * targets lowered by 0.5, the 差异率 scored by the local rule) the score is typed in, as the bureau did.
 */
const INDICATORS: readonly IndicatorLine[] = [
  { level1: MANAGEMENT, level2: "绩效管理", name: "绩效目标完成率", target: "=100%", actual: "100%", weight: 8 },
  {
    level1: MANAGEMENT,
    level2: "绩效管理",
    name: "绩效指标明确性",
    target: "指标清晰、明确",
    actual: "达成年度指标",
    weight: 7,
  },
  {
    level1: MANAGEMENT,
    level2: "资金运行和管理",
    name: "财政拨款收入预决算差异率",
    target: "≤5%",
    weight: 6,
    score: 4.7,
    reason: "年中根据上级要求追加项目资金，决算数高于年初预算；下一步提高预算编制精准度",
  },
  {
    level1: MANAGEMENT,
    level2: "资金运行和管理",
    name: "预决算信息公开",
    target: "按规定公开预决算信息",
    actual: "达成年度指标",
    weight: 6,
  },
  { level1: MANAGEMENT, level2: "资金运行和管理", name: "资产利用率", target: "≥95%", actual: "99.4%", weight: 6 },
  {
    level1: MANAGEMENT,
    level2: "资金运行和管理",
    name: "政府采购规范性",
    target: "按规定办理采购计划",
    actual: "达成年度指标",
    weight: 6,
  },
  {
    level1: MANAGEMENT,
    level2: "资金运行和管理",
    name: "新增项目立项评估",
    target: "新增项目开展立项评估",
    actual: "部分达成年度指标并具有一定效果",
    weight: 6,
    reason: "本年度根据上级要求新增一个项目，未开展立项评估；今后新增项目一律先评估后立项",
  },
  {
    level1: DUTIES,
    level2: "应急保障任务",
    name: "处置突发性信访维稳应急事件",
    target: "100%处置，不留隐患",
    actual: "100%处置，不留隐患",
    weight: 8,
  },
  {
    level1: DUTIES,
    level2: "信访制度改革",
    name: "分类录入办理信访案件数",
    target: "每年不少于2000件",
    actual: "2,856件",
    weight: 10,
    score: 9.5,
    reason: "年初指标值设置偏低，按偏离度调减0.5分",
  },
  {
    level1: DUTIES,
    level2: "信访制度改革",
    name: "排查信访矛盾纠纷专项行动",
    target: "每年不少于4次",
    actual: "6次",
    weight: 8,
  },
  {
    level1: DUTIES,
    level2: "信访制度改革",
    name: "越级进京到省市上访人员接返劝返率",
    target: "不低于95%",
    actual: "98.6%",
    weight: 8,
  },
  {
    level1: DUTIES,
    level2: "专业化法制化信息化",
    name: "每批专员督办督查重点案件数",
    target: "每批不少于3件",
    actual: "4件",
    weight: 8,
    score: 7.5,
    reason: "指标值设置偏低，调减0.5分",
  },
  {
    level1: DUTIES,
    level2: "专业化法制化信息化",
    name: "全区信访业务系统故障率",
    target: "低于20%",
    actual: "5%",
    weight: 8,
  },
  {
    level1: BONUS,
    level2: "工作受表彰",
    name: "获国家级、省级表彰",
    target: "获国家级或省级表彰",
    actual: "获评2021年度全国信访工作示范区称号和广东省进京访事项闭环管理先进单位",
    weight: 5,
    score: 5,
  },
];

/** 广州市花都区信访局 2021 (seed 001): the department table in the indicator layout, and the budget. */
export const huadu2021: Sample = {
  file: "花都区信访局-2021-部门整体.xlsx",
  sheets: [
    indicatorTable({
      sheetName: "部门整体自评表",
      title: "2021年度广州市花都区信访局部门整体支出绩效自评表",
      subtitle: "（2021年度）",
      infoHeading: "基本情况",
      info: [
        ["部门名称", "广州市花都区信访局", "年度", 2021],
        ["主要职能", "统筹协调、指导监督全区信访工作，处理群众来信来访，推进信访制度改革"],
        ["机构设置", "内设综合科、信访科2个职能科室；下属花都区网络信访和信件办理中心"],
      ],
      fund: [],
      goals: {
        expected: "推进信访制度改革，强化矛盾攻坚，狠抓源头治理，确保建党100周年等特别防护期信访保障",
        actual: "圆满完成各特别防护期信访保障工作目标，获评2021年度全国信访工作示范区",
      },
      indicators: INDICATORS,
      header: { target: "年度\n指标值", actual: "实际\n完成值", reason: "偏差原因分析\n及改进措施" },
      total: { weight: 100, score: null },
      grade: null,
      notes: ["注：加分项按广州市部门整体支出绩效评价指标体系计入总分。"],
    }),
    budgetTable({
      sheetName: "收支情况",
      title: "2021年度部门整体收支情况表",
      subtitle: "单位：广州市花都区信访局",
      columns: ["年初预算数", "调整预算数", "全年预算数", "决算数"],
      items: [
        { label: "本年收入合计", amounts: [1257.71, 133.32, 1391.03, "1,391.03"] },
        { label: "　　其中：一般公共预算财政拨款收入", amounts: [1257.71, 133.32, 1391.03, 1391.03] },
        { label: "本年支出合计", amounts: [1257.71, 133.32, 1391.03, 1391.03] },
        { label: "　　1.基本支出", amounts: [850, 42.82, 892.82, 892.82] },
        { label: "　　　　其中：工资福利支出", amounts: [750, 35.96, 785.96, 785.96] },
        { label: "　　　　　　　商品和服务支出", amounts: [40, 3.89, 43.89, 43.89] },
        { label: "　　　　　　　对个人和家庭的补助", amounts: [58, 2.99, 60.99, 60.99] },
        { label: "　　　　　　　资本性支出", amounts: [2, -0.02, 1.98, 1.98] },
        { label: "　　2.项目支出", amounts: [407.71, 90.5, 498.21, 498.21] },
      ],
    }),
  ],
};
