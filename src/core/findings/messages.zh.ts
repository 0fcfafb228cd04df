import type { Finding, QualitativeTierName, ReasonTrigger } from "./types";
import type { RenderedFinding } from "./render";
import { formatCount, formatPercent, formatScore, formatWan } from "../format";

const COLUMNS: { readonly [column: string]: string } = {
  initial: "年初预算数",
  adjustment: "调整预算数",
  adjusted: "全年预算数",
  executed: "全年执行数",
  prior: "上年数",
};

const TIERS: { readonly [T in QualitativeTierName]: string } = {
  met: "达成年度指标",
  partly: "部分达成年度指标并具有一定效果",
  missed: "未达成年度指标且效果较差",
};

const TRIGGERS: { readonly [T in ReasonTrigger]: string } = {
  missed: "未达到年度指标值",
  exceeded: "大幅超过年度指标值",
  qualitative: "定性评价未达成年度指标",
};

const q = (name: string) => `「${name}」`;
const unitText = (unit: string) => (unit === "" ? "（无单位）" : q(unit));
const REASON_SUGGESTION = "在“偏差原因分析及改进措施”栏说明原因和改进措施";

/** Chinese text of a finding, in the words of the 绩效自评表 and of the people who fill it. */
export function renderZh(f: Finding): RenderedFinding {
  switch (f.code) {
    case "BUDGET_SUM_MISMATCH": {
      const { item, column, stated, sum, parts, unit } = f.params;
      const amount = unit === undefined ? formatWan : (n: number) => `${formatCount(n)}${unit}`;
      return {
        message: `${q(item)}的${COLUMNS[column] ?? column}为 ${amount(stated)}，与其明细（${parts.join("、")}）之和 ${amount(sum)} 不一致`,
        suggestion: `核对${q(item)}及其明细各行的${COLUMNS[column] ?? column}，使合计等于各项之和`,
      };
    }
    case "BUDGET_ADJUST_MISMATCH": {
      const { item, initial, adjustment, adjusted } = f.params;
      return {
        message: `${q(item)}年初预算数 ${formatWan(initial)} 加调整预算数 ${formatWan(adjustment)} 为 ${formatWan(initial + adjustment)}，与全年预算数 ${formatWan(adjusted)} 不一致`,
        suggestion: "核对年初预算数、调整预算数和全年预算数，应满足：年初预算数 + 调整预算数 = 全年预算数",
      };
    }
    case "EXECUTION_OVER_BUDGET": {
      const { item, budget, executed } = f.params;
      return {
        message: `${q(item)}全年执行数 ${formatWan(executed)} 超过预算数 ${formatWan(budget)}，超出 ${formatWan(executed - budget)}`,
        suggestion: "核对执行数和预算数；确属超预算支出的，在自评报告中说明原因",
      };
    }
    case "WEIGHT_SUM_MISMATCH": {
      const { scope, declared, sum } = f.params;
      return {
        message: `${q(scope)}下各指标分值合计 ${formatScore(sum)}，与规定的 ${formatScore(declared)} 分不一致`,
        suggestion: `调整各指标的分值，使合计为 ${formatScore(declared)} 分`,
      };
    }
    case "SCORE_OVER_WEIGHT": {
      const { name, score, weight } = f.params;
      return {
        message: `${q(name)}的得分 ${formatScore(score)} 超过分值 ${formatScore(weight)}`,
        suggestion: `得分不能超过分值，改为不高于 ${formatScore(weight)} 的分数`,
      };
    }
    case "SCORE_MISMATCH": {
      const { name, entered, computed } = f.params;
      return {
        message: `${q(name)}填写的得分 ${formatScore(entered)} 与按规则计算的 ${formatScore(computed)} 不一致`,
        suggestion: "核对实际完成值与得分；如确需调整，请在偏差原因中说明依据",
      };
    }
    case "TOTAL_MISMATCH": {
      const { entered, computed } = f.params;
      return {
        message: `填写的总分 ${formatScore(entered)} 与各项得分之和 ${formatScore(computed)} 不一致`,
        suggestion: `将总分改为 ${formatScore(computed)}，或核对各项得分`,
      };
    }
    case "GRADE_MISMATCH": {
      const { entered, computed, total } = f.params;
      return {
        message: `填写的等级${q(entered)}与总分 ${formatScore(total)} 对应的等级${q(computed)}不一致`,
        suggestion: `将等级改为${q(computed)}`,
      };
    }
    case "RATIO_MISMATCH": {
      const { name, entered, computed } = f.params;
      return {
        message: `${q(name)}填写的实际完成值 ${formatPercent(entered)} 与按预算收支表计算的 ${formatPercent(computed)} 不一致`,
        suggestion: "核对预算收支表中的相关数据，或改正实际完成值",
      };
    }
    case "QUALITATIVE_SCORE_OUT_OF_BAND": {
      const { name, score, tier, min, max } = f.params;
      return {
        message: `${q(name)}评为“${TIERS[tier]}”，得分应在 ${formatScore(min)}–${formatScore(max)} 分之间，现为 ${formatScore(score)}`,
        suggestion: "按所评档次调整得分，或改评档次",
      };
    }
    case "TARGET_UNPARSEABLE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}的年度指标值${q(text)}无法识别，该行需人工评分`,
        suggestion: "将指标值写成“≥95%”“不少于2000件”“≤90万元”等形式，或手工填写得分",
      };
    }
    case "ACTUAL_MISSING":
      return {
        message: `${q(f.params.name)}未填写实际完成值`,
        suggestion: "填写实际完成值后重新计算",
      };
    case "ACTUAL_UNPARSEABLE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}的实际完成值${q(text)}无法识别`,
        suggestion: "填写数值及单位，如“96%”“2100件”；定性指标填写“达成年度指标”等档次",
      };
    }
    case "UNIT_MISMATCH": {
      const { name, targetUnit, actualUnit } = f.params;
      return {
        message: `${q(name)}实际完成值的单位${unitText(actualUnit)}与年度指标值的单位${unitText(targetUnit)}不一致`,
        suggestion: "按年度指标值的单位填写实际完成值",
      };
    }
    case "TARGET_MISSED": {
      const { name, target, actual, score, weight } = f.params;
      return {
        message: `${q(name)}未达到年度指标值：指标值 ${target}，实际完成 ${actual}，得分 ${formatScore(score)}（分值 ${formatScore(weight)}）`,
        suggestion: REASON_SUGGESTION,
      };
    }
    case "OVER_ACHIEVED": {
      const { name, target, actual, ratio, threshold } = f.params;
      return {
        message: `${q(name)}实际完成 ${actual}，为指标值 ${target} 的 ${formatPercent(ratio)}，超过 ${formatPercent(threshold)}，指标值可能设置偏低`,
        suggestion: `${REASON_SUGGESTION}，并按偏离程度考虑适当调减得分`,
      };
    }
    case "REASON_MISSING": {
      const { name, trigger } = f.params;
      return {
        message: `${q(name)}${TRIGGERS[trigger]}，但未填写偏差原因`,
        suggestion: REASON_SUGGESTION,
      };
    }
    case "COMPARATIVE_NEEDS_PRIOR": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}的指标值${q(text)}需与上年比较，但没有上年数，该行需人工评分`,
        suggestion: "在本行或预算收支表的上年栏填写上年数，或手工填写得分",
      };
    }
    case "RULE_TEXT_UNRECOGNISED": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}的评分标准${q(text)}无法自动识别，该行需人工评分`,
        suggestion: "按评分标准手工填写得分（不超过分值）",
      };
    }
    case "SHEET_NOT_RECOGNISED":
      return {
        message: `工作表${q(f.sheet)}中没有可识别的绩效自评表或预算收支表，已跳过`,
        suggestion: "如该表需要计算，检查表头是否为“一级指标”“三级指标”“年度指标值”等标准名称",
      };
    case "SHEET_PROTECTED":
      return {
        message: `工作表${q(f.sheet)}受保护，无法写入计算结果`,
        suggestion: "撤销工作表保护后重新计算",
      };
    case "MANUAL_SCORE_REQUIRED":
      return {
        message: `${q(f.params.name)}需人工评分，尚未填写得分`,
        suggestion: "按评分标准填写得分（不超过分值）",
      };
    case "WEIGHT_MISSING":
      return {
        message: `${q(f.params.name)}未填写分值，无法计算得分`,
        suggestion: "填写该指标的分值",
      };
    case "TOTAL_OVER_MAX": {
      const { total, max } = f.params;
      return {
        message: `总分 ${formatScore(total)} 超过满分 ${formatScore(max)}`,
        suggestion: "核对各项得分和分值；加分项须在评价框架内设定",
      };
    }
    case "NUMBER_IS_DATE":
      return {
        message: `${q(f.params.name)}的数值单元格显示为日期，未按数值读取`,
        suggestion: "把单元格格式改为“数值”或“常规”，并填写正确的数字",
      };
    case "NUMBER_TOO_LARGE":
      return {
        message: `${q(f.params.name)}的数值单元格中的数字过大，不可能是分值、得分或金额，未按数值读取`,
        suggestion: "核对并填写正确的数字",
      };
    case "CELL_ERROR_VALUE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}读取的单元格为错误值 ${text}`,
        suggestion: "修正该单元格的公式或引用后重新计算",
      };
    }
    case "OUTPUT_IS_FORMULA": {
      const { name, formula } = f.params;
      return {
        message: `${q(name)}的结果单元格是手工设置的公式 ${formula}，已保留，仅作核对`,
        suggestion: "如需由助手填写，删除该公式",
      };
    }
    case "OUTPUT_MERGED":
      return {
        message: `${q(f.params.name)}的结果单元格与其他行或列的单元格合并在一起，写入会改动那里的内容，助手未填写`,
        suggestion: "取消该单元格的合并后重新计算，或手工填写",
      };
    case "RULE_SET_INVALID":
      return {
        message: `评分规则设置无效（${f.params.detail}），已改用默认规则`,
        suggestion: "修正评分规则设置，或选择内置的规则",
      };
    case "STATE_INVALID":
      return {
        message: `助手保存的计算记录无法读取（${f.params.detail}），已重新开始：此前写入的结果视为手工填写，原有的标记颜色无法恢复`,
        suggestion: "核对此前由助手填写的得分等单元格；如需重新计算，清空这些单元格后再计算",
      };
    case "COLUMN_MISSING": {
      const { table, column } = f.params;
      return {
        message: `${q(table)}缺少${q(column)}列`,
        suggestion: `在表头补上${q(column)}列`,
      };
    }
    case "HEADER_UNREADABLE": {
      const { label, merge } = f.params;
      return merge === null
        ? {
            message: `这一行有表头${q(label)}，但没有“年度指标值”“实际完成值”“分值”“得分”等列名，其下的指标表未能读取`,
            suggestion: "补全表头各列的名称后重新计算",
          }
        : {
            message: `表头${q(label)}所在单元格被合并为 ${merge}，遮住了其他各列的表头，其下的指标表未能读取`,
            suggestion:
              "取消该合并，让一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分各占一列后重新计算",
          };
    }
    case "STATE_PROTECTED":
      return {
        message: `助手保存计算记录的隐藏工作表${q(f.sheet)}受保护，无法记录本次写入的内容，因此未写入任何结果和标记`,
        suggestion:
          "该表为深度隐藏：在 VBA 编辑器（Alt+F11）中把它的 Visible 属性改为 -1（xlSheetVisible），撤销工作表保护后重新计算",
      };
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}
