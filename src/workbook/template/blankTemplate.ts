import { budgetTable, STANDARD_BUDGET_COLUMNS, STANDARD_BUDGET_ITEMS } from "./budgetTable";
import { indicatorTable, type FundLine, type IndicatorLine } from "./indicatorTable";
import type { TemplateKind, TemplateSheet } from "./types";

/** The fund rows of the national form (财预〔2020〕10号); the 年度资金总额 row carries the 10 points of 执行率. */
const FUND_LINES: readonly FundLine[] = [
  { label: "年度资金总额", weight: 10 },
  { label: "其中：当年财政拨款" },
  { label: "上年结转资金" },
  { label: "其他资金" },
];

/** One placeholder row per 二级指标 of the national form, under the 一级 weights 50 / 30 / 10. */
const PLACEHOLDERS: readonly IndicatorLine[] = [
  ["产出指标(50分)", "数量指标"],
  ["产出指标(50分)", "质量指标"],
  ["产出指标(50分)", "时效指标"],
  ["产出指标(50分)", "成本指标"],
  ["效益指标(30分)", "经济效益指标"],
  ["效益指标(30分)", "社会效益指标"],
  ["效益指标(30分)", "生态效益指标"],
  ["效益指标(30分)", "可持续影响指标"],
  ["满意度指标(10分)", "服务对象满意度指标"],
].map(([level1 = "", level2 = ""]) => ({ level1, level2, name: "指标1" }));

const NOTES = [
  "填表说明：1. 定量指标完成年度指标值的记该指标全部分值，未完成的按完成值与指标值的比例记分；定性指标按达成、部分达成、未达成三档记分。",
  "2. 得分低于分值的指标，以及实际完成值明显高于年度指标值的指标，须在“偏差原因分析及改进措施”中说明原因。",
];

function project(): TemplateSheet {
  return indicatorTable({
    sheetName: "项目支出绩效自评表",
    title: "项目支出绩效自评表",
    subtitle: "（　　　　年度）",
    info: [
      ["项目名称", null],
      ["主管部门", null, "实施单位", null],
    ],
    fund: FUND_LINES,
    goals: { expected: null, actual: null },
    indicators: PLACEHOLDERS,
    total: { weight: 100, score: null },
    grade: null,
    notes: NOTES,
  });
}

function department(): TemplateSheet {
  return indicatorTable({
    sheetName: "部门整体支出绩效自评表",
    title: "部门整体支出绩效自评表",
    subtitle: "（　　　　年度）",
    infoHeading: "基本情况",
    info: [
      ["部门名称", null, "年度", null],
      ["主要职能", null],
      ["机构设置", null],
      ["人员编制", null, "实有人数", null],
      // The report's 年度工作任务 and 绩效目标 paragraphs are read from these (readFacts' FACTS_LABELS).
      ["年度工作任务", null],
      ["部门整体支出绩效目标", null],
    ],
    fund: FUND_LINES,
    goals: { expected: null, actual: null },
    indicators: PLACEHOLDERS,
    total: { weight: 100, score: null },
    grade: null,
    notes: [...NOTES, "3. 三级指标填写部门履职的主要产出和效果（履职指标），每个二级指标可增加行。"],
  });
}

function budget(): TemplateSheet {
  return budgetTable({
    sheetName: "预算收支表",
    title: "部门预算收支情况表",
    subtitle: "（　　　　年度）",
    columns: STANDARD_BUDGET_COLUMNS,
    items: STANDARD_BUDGET_ITEMS.map((label) => ({ label })),
  });
}

const BUILDERS: { readonly [K in TemplateKind]: () => TemplateSheet } = { project, department, budget };

/** The blank standard sheet of each kind (SPEC §2), laid out as the printed forms are. */
export function blankTemplate(kind: TemplateKind): TemplateSheet[] {
  return [BUILDERS[kind]()];
}
