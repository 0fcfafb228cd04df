import { indicatorTable, type IndicatorLine } from "../../workbook/template/indicatorTable";
import type { Sample } from "./types";

const OUTPUT = "产出指标(50分)";
const BENEFIT = "效益指标(30分)";
const SATISFACTION = "满意度指标(10分)";

/**
 * A few indicators of each kind: met, missed with a reason, missed without one, over-achieved, qualitative, a
 * percentage typed as a fraction in a % format, and numbers typed as text with units.
 */
const INDICATORS: readonly IndicatorLine[] = [
  {
    level1: OUTPUT,
    level2: "数量指标",
    name: "接待来访群众批次",
    target: "≥1200批次",
    actual: "1,356批次",
    weight: 10,
  },
  {
    level1: OUTPUT,
    level2: "数量指标",
    name: "办理网上信访件",
    target: "不少于3000件",
    actual: "2760件",
    weight: 10,
    reason: "网上信访总量同比下降，办件量未达预期；下一步加强网上信访渠道宣传引导",
  },
  { level1: OUTPUT, level2: "质量指标", name: "信访事项按期办结率", target: "≥95%", actual: "99.8%", weight: 10 },
  { level1: OUTPUT, level2: "时效指标", name: "信访事项及时受理率", target: "≥98%", actual: "96%", weight: 10 },
  { level1: OUTPUT, level2: "成本指标", name: "项目支出控制", target: "≤797.14万元", actual: "793.84万元", weight: 10 },
  {
    level1: BENEFIT,
    level2: "社会效益指标",
    name: "信访矛盾纠纷化解率",
    target: "≥80%",
    actual: "98%",
    weight: 15,
    reason: "当年开展重复信访积案化解专项行动，化解率明显高于预期",
  },
  {
    level1: BENEFIT,
    level2: "可持续影响指标",
    name: "信访工作长效机制",
    target: "建立健全“周四大接访”长效机制",
    actual: "达成年度指标",
    weight: 15,
  },
  {
    level1: SATISFACTION,
    level2: "服务对象满意度指标",
    name: "来访群众满意度",
    target: "≥90%",
    actual: 0.93,
    actualFormat: "0%",
    weight: 10,
  },
];

/** A national project table (财预〔2020〕10号) for the 信访工作经费 of seed 004: 797.14 / 793.84 → 99.59 %, 9.96. */
export const projectXinfang: Sample = {
  file: "项目支出绩效自评表-信访工作经费.xlsx",
  sheets: [
    indicatorTable({
      sheetName: "项目自评表",
      title: "项目支出绩效自评表",
      subtitle: "（2023年度）",
      info: [
        ["项目名称", "信访工作经费"],
        ["主管部门", "深圳市盐田区信访局", "实施单位", "深圳市盐田区信访局"],
      ],
      fund: [
        { label: "年度资金总额", initialBudget: 922.56, budget: 797.14, executed: 793.84, weight: 10 },
        { label: "其中：当年财政拨款", initialBudget: 922.56, budget: 797.14, executed: 793.84 },
        { label: "上年结转资金", initialBudget: 0, budget: 0, executed: 0 },
        { label: "其他资金", initialBudget: "—", budget: "—", executed: "—" },
      ],
      goals: {
        expected: "创新开展“周四大接访”，依法依规办理信访事项，探索“枫桥经验”盐田实践",
        actual: "全年开展“周四大接访”，初次信访事项全部实行“日核查、周反馈”，信访秩序总体平稳",
      },
      indicators: INDICATORS,
      header: { target: "年度\n指标值" },
      total: { weight: 100, score: null },
      grade: null,
      notes: ["注：实际完成值来源于省一体化信访信息系统统计数据。"],
    }),
  ],
};
