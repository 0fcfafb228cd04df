import type { Severity } from "../../core/findings/types";

/**
 * Every colour the add-in paints, in one place. Highlights use Excel's own conditional-format palette, which finance
 * officers already read as "bad" (light red) and "check" (amber); the 偏差原因 colour differs from the row colours so
 * that the cell still to be typed in stands out on a red row.
 */
export const HIGHLIGHT = {
  /** A row that missed its target: its 得分 and 实际完成值 cells. */
  missed: "#FFC7CE",
  /** A row over-achieved past the rule set's threshold (target probably set too low). */
  exceeded: "#FFEB9C",
  /** The 偏差原因 cell of a row that needs an explanation and has none. */
  reasonMissing: "#E4DFEC",
  /** A cell the engine could not read (TARGET_UNPARSEABLE, ACTUAL_UNPARSEABLE, UNIT_MISMATCH, CELL_ERROR_VALUE). */
  badInput: "#F8CBAD",
} as const;

/** The 级别 cell of the 校验结果 sheet, per severity. */
export const SEVERITY_FILL: { readonly [S in Severity]: string } = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** The header row of the 校验结果 sheet. */
export const HEADER_FILL = "#D9D9D9";

/** A paragraph of the 自评报告 sheet that holds a 【请填写：…】 placeholder: yellow, as the Word copy highlights it. */
export const PLACEHOLDER_FILL = "#FFFF00";
