import type { Finding, QualitativeTierName, ReasonTrigger } from "./types";
import type { RenderedFinding } from "./render";
import { formatAmount, formatCount, formatPercent, formatScore } from "../format";

const COLUMNS: { readonly [column: string]: string } = {
  initial: "initial budget",
  adjustment: "budget adjustment",
  adjusted: "adjusted budget",
  executed: "amount executed",
  prior: "prior-year amount",
};

const TIERS: { readonly [T in QualitativeTierName]: string } = {
  met: "target met",
  partly: "target partly met",
  missed: "target not met",
};

const TRIGGERS: { readonly [T in ReasonTrigger]: string } = {
  missed: "missed its target",
  exceeded: "exceeded its target by far",
  qualitative: "was rated below “target met”",
};

const q = (name: string) => `“${name}”`;
const wan = (amount: number) => `${formatAmount(amount)} (10k yuan)`;
const unitText = (unit: string) => (unit === "" ? "(none)" : q(unit));
const REASON_SUGGESTION = "Explain the cause and the remedy in the deviation-reason column.";

/** English text of a finding, for reviewers who do not read Chinese; names stay as written in the workbook. */
export function renderEn(f: Finding): RenderedFinding {
  switch (f.code) {
    case "BUDGET_SUM_MISMATCH": {
      const { item, column, stated, sum, parts, unit } = f.params;
      const amount = unit === undefined ? wan : (n: number) => `${formatCount(n)} ${unit}`;
      return {
        message: `${q(item)}: ${COLUMNS[column] ?? column} is ${amount(stated)}, but its parts (${parts.join(", ")}) add up to ${amount(sum)}`,
        suggestion: `Check ${q(item)} and its parts so that the total equals their sum.`,
      };
    }
    case "BUDGET_ADJUST_MISMATCH": {
      const { item, initial, adjustment, adjusted } = f.params;
      return {
        message: `${q(item)}: initial budget ${wan(initial)} plus adjustment ${wan(adjustment)} is ${wan(initial + adjustment)}, not the adjusted budget ${wan(adjusted)}`,
        suggestion: "Check the three figures: initial budget + adjustment = adjusted budget.",
      };
    }
    case "EXECUTION_OVER_BUDGET": {
      const { item, budget, executed } = f.params;
      return {
        message: `${q(item)}: executed ${wan(executed)} exceeds the budget of ${wan(budget)} by ${wan(executed - budget)}`,
        suggestion: "Check both figures; if the overspend is real, explain it in the report.",
      };
    }
    case "WEIGHT_SUM_MISMATCH": {
      const { scope, declared, sum } = f.params;
      return {
        message: `The weights under ${q(scope)} add up to ${formatScore(sum)}, not the declared ${formatScore(declared)}`,
        suggestion: `Adjust the weights so that they add up to ${formatScore(declared)}.`,
      };
    }
    case "SCORE_OVER_WEIGHT": {
      const { name, score, weight } = f.params;
      return {
        message: `${q(name)}: score ${formatScore(score)} is above its weight ${formatScore(weight)}`,
        suggestion: `Enter a score of at most ${formatScore(weight)}.`,
      };
    }
    case "SCORE_MISMATCH": {
      const { name, entered, computed } = f.params;
      return {
        message: `${q(name)}: the entered score ${formatScore(entered)} differs from the rule's ${formatScore(computed)}`,
        suggestion:
          "Check the actual value and the score; if the score stands, give the grounds in the deviation reason.",
      };
    }
    case "TOTAL_MISMATCH": {
      const { entered, computed } = f.params;
      return {
        message: `The entered total ${formatScore(entered)} differs from the sum of the scores, ${formatScore(computed)}`,
        suggestion: `Change the total to ${formatScore(computed)}, or check the scores.`,
      };
    }
    case "GRADE_MISMATCH": {
      const { entered, computed, total } = f.params;
      return {
        message: `The entered grade ${q(entered)} is not the grade of the total ${formatScore(total)}, which is ${q(computed)}`,
        suggestion: `Change the grade to ${q(computed)}.`,
      };
    }
    case "RATIO_MISMATCH": {
      const { name, entered, computed } = f.params;
      return {
        message: `${q(name)}: the entered actual value ${formatPercent(entered)} differs from ${formatPercent(computed)} computed from the budget table`,
        suggestion: "Check the budget table's figures, or correct the actual value.",
      };
    }
    case "QUALITATIVE_SCORE_OUT_OF_BAND": {
      const { name, score, tier, min, max } = f.params;
      return {
        message: `${q(name)} is rated “${TIERS[tier]}”, so its score must lie between ${formatScore(min)} and ${formatScore(max)}; it is ${formatScore(score)}`,
        suggestion: "Adjust the score to the tier, or change the tier.",
      };
    }
    case "TARGET_UNPARSEABLE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}: the target ${q(text)} cannot be read; the row is scored by hand`,
        suggestion: "Write the target as “≥95%”, “不少于2000件” or “≤90万元”, or enter the score by hand.",
      };
    }
    case "ACTUAL_MISSING":
      return {
        message: `${q(f.params.name)} has no actual value`,
        suggestion: "Enter the actual value and recalculate.",
      };
    case "ACTUAL_UNPARSEABLE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}: the actual value ${q(text)} cannot be read`,
        suggestion: "Enter a number with its unit (“96%”, “2100件”), or a tier for a qualitative row.",
      };
    }
    case "UNIT_MISMATCH": {
      const { name, targetUnit, actualUnit } = f.params;
      return {
        message: `${q(name)}: the actual value's unit ${unitText(actualUnit)} does not match the target's ${unitText(targetUnit)}`,
        suggestion: "Enter the actual value in the target's unit.",
      };
    }
    case "TARGET_MISSED": {
      const { name, target, actual, score, weight } = f.params;
      return {
        message: `${q(name)} missed its target: target ${target}, actual ${actual}, score ${formatScore(score)} of ${formatScore(weight)}`,
        suggestion: REASON_SUGGESTION,
      };
    }
    case "OVER_ACHIEVED": {
      const { name, target, actual, ratio, threshold } = f.params;
      return {
        message: `${q(name)}: actual ${actual} is ${formatPercent(ratio)} of the target ${target}, above ${formatPercent(threshold)}; the target was probably set too low`,
        suggestion: `${REASON_SUGGESTION} Consider lowering the score in proportion.`,
      };
    }
    case "REASON_MISSING": {
      const { name, trigger } = f.params;
      return {
        message: `${q(name)} ${TRIGGERS[trigger]} but has no deviation reason`,
        suggestion: REASON_SUGGESTION,
      };
    }
    case "COMPARATIVE_NEEDS_PRIOR": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}: the target ${q(text)} compares with last year, but no prior-year value is given; the row is scored by hand`,
        suggestion:
          "Enter the prior-year value in the row or in the budget table's prior-year column, or score the row by hand.",
      };
    }
    case "RULE_TEXT_UNRECOGNISED": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}: the scoring standard ${q(text)} is not recognised; the row is scored by hand`,
        suggestion: "Enter the score by hand, at most the weight.",
      };
    }
    case "SHEET_NOT_RECOGNISED":
      return {
        message: `Sheet ${q(f.sheet)} holds no self-evaluation or budget table the add-in knows; it was skipped`,
        suggestion:
          "If it should be scored, check that its headers use the standard names (一级指标, 三级指标, 年度指标值…).",
      };
    case "SHEET_PROTECTED":
      return {
        message: `Sheet ${q(f.sheet)} is protected; no results can be written to it`,
        suggestion: "Unprotect the sheet and recalculate.",
      };
    case "MANUAL_SCORE_REQUIRED":
      return {
        message: `${q(f.params.name)} is scored by hand and has no score yet`,
        suggestion: "Enter a score by the scoring standard, at most the weight.",
      };
    case "WEIGHT_MISSING":
      return {
        message: `${q(f.params.name)} has no weight, so it cannot be scored`,
        suggestion: "Enter the indicator's weight.",
      };
    case "TOTAL_OVER_MAX": {
      const { total, max } = f.params;
      return {
        message: `The total ${formatScore(total)} is above the maximum ${formatScore(max)}`,
        suggestion: "Check the scores and weights; bonus points count only when the framework declares them.",
      };
    }
    case "NUMBER_IS_DATE":
      return {
        message: `${q(f.params.name)}: a figure cell is formatted as a date and was not read as a number`,
        suggestion: "Format the cell as Number or General and enter the figure",
      };
    case "NUMBER_TOO_LARGE":
      return {
        message: `${q(f.params.name)}: a figure cell holds a number too large for a weight, a score or an amount; it was not read`,
        suggestion: "Check the cell and enter the right figure.",
      };
    case "CELL_ERROR_VALUE": {
      const { name, text } = f.params;
      return {
        message: `${q(name)}: a cell read holds the error value ${text}`,
        suggestion: "Fix the cell's formula or reference and recalculate.",
      };
    }
    case "OUTPUT_IS_FORMULA": {
      const { name, formula } = f.params;
      return {
        message: `${q(name)}: the result cell holds a formula someone wrote (${formula}); it was kept and only checked`,
        suggestion: "Delete the formula to let the add-in fill the cell.",
      };
    }
    case "OUTPUT_MERGED":
      return {
        message: `${q(f.params.name)}: the result cell is merged with another row's or column's cell; writing it would change that cell, so it was left alone`,
        suggestion: "Unmerge the cell and recalculate, or fill it in by hand.",
      };
    case "RULE_SET_INVALID":
      return {
        message: `The rule set is invalid (${f.params.detail}); the default was used`,
        suggestion: "Correct the rule set, or pick a built-in one.",
      };
    case "STATE_INVALID":
      return {
        message: `The add-in's saved state cannot be read (${f.params.detail}); it started afresh: earlier results count as typed, and saved fills cannot be restored`,
        suggestion: "Check the cells the add-in filled before; clear them to have them recalculated.",
      };
    case "COLUMN_MISSING": {
      const { table, column } = f.params;
      return {
        message: `${q(table)} has no ${q(column)} column`,
        suggestion: `Add the ${q(column)} column to the header row.`,
      };
    }
    case "HEADER_UNREADABLE": {
      const { label, merge } = f.params;
      return merge === null
        ? {
            message: `This row has the header ${q(label)} but no column named 年度指标值, 实际完成值, 分值 or 得分; the indicator table under it was not read`,
            suggestion: "Name the header's columns, then recalculate.",
          }
        : {
            message: `The header ${q(label)} is in a cell merged over ${merge}, which hides the other columns' headers; the indicator table under it was not read`,
            suggestion:
              "Unmerge it so that 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值 and 得分 each head a column, then recalculate.",
          };
    }
    case "STATE_PROTECTED":
      return {
        message: `The hidden sheet ${q(f.sheet)} where the add-in records its work is protected: nothing could be recorded, so no result or mark was written`,
        suggestion:
          "The sheet is very hidden: in the VBA editor (Alt+F11) set its Visible property to -1 (xlSheetVisible), unprotect it, then recalculate.",
      };
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}
