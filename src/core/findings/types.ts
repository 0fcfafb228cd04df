import type { CellRef } from "../location";

/** `error`: the table is wrong. `warning`: a person must look. `info`: for the record. (SPEC §5) */
export type Severity = "error" | "warning" | "info";

/** Why a 偏差原因 is required on a row (domain-rules §3.9). */
export type ReasonTrigger = "missed" | "exceeded" | "qualitative";

/**
 * The parameters each finding code carries. Codes are stable (SPEC §5): the add-in, the command line and its JSON
 * share them, and a code keeps its meaning once shipped. Names (`name`) are the indicator's or item's own label.
 */
export type FindingParams = {
  /** A total in the budget table is not the sum of its parts (`其中` rows, indentation, numbering). */
  BUDGET_SUM_MISMATCH: {
    item: string;
    /** The `BudgetColumn` checked (`executed`, …). */
    column: string;
    stated: number;
    sum: number;
    parts: readonly string[];
    /** Unit of the amounts when they are not 万元 (headcounts: `人`). */
    unit?: string;
  };
  /** 年初预算数 + 调整数 ≠ 全年预算数. */
  BUDGET_ADJUST_MISMATCH: { item: string; initial: number; adjustment: number; adjusted: number };
  /** 全年执行数 above 全年预算数 (a row of the budget table or the fund block). */
  EXECUTION_OVER_BUDGET: { item: string; budget: number; executed: number };
  /** The weights below a level do not add up to what it declares (`产出指标(50分)`), or the table's to 100. */
  WEIGHT_SUM_MISMATCH: { scope: string; declared: number; sum: number };
  /** A score (entered or computed) above its weight. */
  SCORE_OVER_WEIGHT: { name: string; score: number; weight: number };
  /** The score a person typed differs from the rule's score; the person's value is kept. */
  SCORE_MISMATCH: { name: string; entered: number; computed: number };
  /** The 总分 written in the table differs from the sum of the scores. */
  TOTAL_MISMATCH: { entered: number; computed: number };
  /** The 等级 written in the table is not the grade of the total. */
  GRADE_MISMATCH: { entered: string; computed: string; total: number };
  /** A ratio row's 实际完成值 disagrees with the value computed from the budget table. */
  RATIO_MISMATCH: { name: string; entered: number; computed: number };
  /** A qualitative row's score lies outside the band of its tier (财预〔2020〕10号: 100–80 %, 80–60 %, 60–0 %). */
  QUALITATIVE_SCORE_OUT_OF_BAND: { name: string; score: number; tier: QualitativeTierName; min: number; max: number };
  /** The 年度指标值 could not be read; the row is scored by hand. */
  TARGET_UNPARSEABLE: { name: string; text: string };
  /** No 实际完成值 on a row that needs one. */
  ACTUAL_MISSING: { name: string };
  /** The 实际完成值 could not be read. */
  ACTUAL_UNPARSEABLE: { name: string; text: string };
  /** Target and actual are in incompatible units (% vs 件). */
  UNIT_MISMATCH: { name: string; targetUnit: string; actualUnit: string };
  /** The actual value falls short of the target: points lost. */
  TARGET_MISSED: { name: string; target: string; actual: string; score: number; weight: number };
  /** Actual ≥ threshold × target: the target was probably set too low; an explanation is required. */
  OVER_ACHIEVED: { name: string; target: string; actual: string; ratio: number; threshold: number };
  /** A 偏差原因 is required and the cell is empty. */
  REASON_MISSING: { name: string; trigger: ReasonTrigger };
  /** A comparative target (与上年持平, 只减不增) without the prior-year value. */
  COMPARATIVE_NEEDS_PRIOR: { name: string; text: string };
  /** A 评分标准 text the engine does not recognise; the row is scored by hand. */
  RULE_TEXT_UNRECOGNISED: { name: string; text: string };
  /** A sheet with no table the add-in knows; it is left alone. */
  SHEET_NOT_RECOGNISED: Record<string, never>;
  /** A protected sheet: nothing can be written to it. */
  SHEET_PROTECTED: Record<string, never>;
  /** A row scored by hand (qualitative without tier, unrecognised rule, comparative) has no score yet. */
  MANUAL_SCORE_REQUIRED: { name: string };
  /** A row with a target but no weight (分值). */
  WEIGHT_MISSING: { name: string };
  /** The total passes the table's maximum (100 unless the framework declares 加分 inside it). */
  TOTAL_OVER_MAX: { total: number; max: number };
  /** A cell the engine reads holds an error value (#REF!, #DIV/0!, …). */
  CELL_ERROR_VALUE: { name: string; text: string };
  /** A figure cell (分值, 得分, an amount) holds a date: it is not read as a number. */
  NUMBER_IS_DATE: { name: string };
  /** A figure cell holds a number too large for a weight, a score or an amount: it is not read as a number. */
  NUMBER_TOO_LARGE: { name: string };
  /** An output cell holds a formula a person wrote; it is kept and checked, not overwritten. */
  OUTPUT_IS_FORMULA: { name: string; formula: string };
  /** An output cell is merged with another row's or column's cell: writing it would change what is read there. */
  OUTPUT_MERGED: { name: string };
  /** The rule set in the workbook or in --rules is invalid; the default was used. */
  RULE_SET_INVALID: { detail: string };
  /** The add-in's state sheet is unreadable: it starts afresh (earlier outputs count as typed, saved fills are lost). */
  STATE_INVALID: { detail: string };
  /** A header row was found but a column the table needs is missing. */
  COLUMN_MISSING: { table: string; column: string };
  /**
   * A row names an indicator table's levels (一级指标 …) but opens no table: its header is merged into one cell, or its
   * other columns have no names. The rows under it are not read. `merge` is the merged area of the label's cell.
   */
  HEADER_UNREADABLE: { label: string; merge: string | null };
  /** The add-in's state sheet is protected: what it writes could not be recorded, so it wrote nothing. */
  STATE_PROTECTED: Record<string, never>;
};

export type FindingCode = keyof FindingParams;

/** The three tiers of a qualitative indicator. */
export type QualitativeTierName = "met" | "partly" | "missed";

/** One problem, at one cell, as data. Rendered into Chinese or English by `renderFinding`. */
export type Finding = {
  [C in FindingCode]: CellRef & { readonly code: C; readonly severity: Severity; readonly params: FindingParams[C] };
}[FindingCode];

/** The severity of each code. Fixed per code so that `--fail-on` means the same on every workbook. */
export const SEVERITY: { readonly [C in FindingCode]: Severity } = {
  BUDGET_SUM_MISMATCH: "error",
  BUDGET_ADJUST_MISMATCH: "error",
  EXECUTION_OVER_BUDGET: "error",
  WEIGHT_SUM_MISMATCH: "error",
  SCORE_OVER_WEIGHT: "error",
  SCORE_MISMATCH: "warning",
  TOTAL_MISMATCH: "error",
  GRADE_MISMATCH: "error",
  RATIO_MISMATCH: "warning",
  QUALITATIVE_SCORE_OUT_OF_BAND: "error",
  TARGET_UNPARSEABLE: "warning",
  ACTUAL_MISSING: "warning",
  ACTUAL_UNPARSEABLE: "warning",
  UNIT_MISMATCH: "warning",
  TARGET_MISSED: "info",
  OVER_ACHIEVED: "warning",
  REASON_MISSING: "warning",
  COMPARATIVE_NEEDS_PRIOR: "warning",
  RULE_TEXT_UNRECOGNISED: "warning",
  SHEET_NOT_RECOGNISED: "info",
  SHEET_PROTECTED: "error",
  MANUAL_SCORE_REQUIRED: "warning",
  WEIGHT_MISSING: "warning",
  TOTAL_OVER_MAX: "error",
  CELL_ERROR_VALUE: "error",
  NUMBER_IS_DATE: "error",
  NUMBER_TOO_LARGE: "error",
  OUTPUT_IS_FORMULA: "info",
  OUTPUT_MERGED: "warning",
  RULE_SET_INVALID: "error",
  STATE_INVALID: "warning",
  COLUMN_MISSING: "error",
  HEADER_UNREADABLE: "error",
  STATE_PROTECTED: "error",
};

/** Builds a finding with its code's severity. */
export function finding<C extends FindingCode>(code: C, at: CellRef, params: FindingParams[C]): Finding {
  return { code, severity: SEVERITY[code], sheet: at.sheet, cell: at.cell, params } as Finding;
}
