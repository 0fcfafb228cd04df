import type { Finding } from "./findings/types";
import type { ParsedTarget } from "./target/types";
import type { Actual } from "./actual/types";
import type { IndicatorRow, ScoreTable, FundBlock } from "./model";
import type { RuleSet } from "./rules/types";

/** What became of an indicator row (the `status` of the command line's JSON). */
export type IndicatorStatus = "met" | "missed" | "exceeded" | "qualitative" | "manual" | "invalid";

/** The engine's verdict on one row. */
export type IndicatorResult = {
  readonly row: IndicatorRow;
  readonly target: ParsedTarget;
  readonly actual: Actual;
  /** The score the rule gives, rounded; null when the row is scored by hand. */
  readonly computedScore: number | null;
  /** The score that counts: the entered one when a person typed one, else the computed one. */
  readonly score: number | null;
  readonly status: IndicatorStatus;
  /** actual ÷ target for quantitative rows, null otherwise. */
  readonly achievement: number | null;
  /** A 偏差原因 is required on this row. */
  readonly reasonRequired: boolean;
  /** The actual value the engine filled in (ratio rows from the budget table); null when none. */
  readonly filledActual: number | null;
  readonly findings: readonly Finding[];
};

export type FundResult = {
  readonly fund: FundBlock;
  /** 执行率 as a fraction (0.9959); null when a figure is missing. */
  readonly rate: number | null;
  readonly weight: number;
  readonly computedScore: number | null;
  readonly score: number | null;
  readonly findings: readonly Finding[];
};

/** Score against weight for one 一级指标 (and the fund block as `预算执行率`). */
export type LevelSummary = { readonly name: string; readonly weight: number; readonly score: number };

export type TableResult = {
  readonly table: ScoreTable;
  readonly fund: FundResult | null;
  readonly indicators: readonly IndicatorResult[];
  readonly levels: readonly LevelSummary[];
  /** Sum of rounded scores; null when any row is still unscored. */
  readonly total: number | null;
  readonly maxTotal: number;
  readonly grade: string | null;
  readonly findings: readonly Finding[];
};

/** The standard ratios of SPEC §3.4, as fractions; a ratio whose figures are missing is absent. */
export type Ratios = {
  readonly budgetExecutionRate?: number;
  readonly budgetAdjustmentRate?: number;
  readonly finalVsBudgetVarianceRate?: number;
  readonly threePublicControlRate?: number;
  readonly threePublicChangeRate?: number;
  readonly publicFundsControlRate?: number;
  readonly procurementExecutionRate?: number;
  readonly fixedAssetUtilizationRate?: number;
  readonly staffControlRate?: number;
  readonly carryoverRate?: number;
};

export type RatioKey = keyof Ratios;

export type WorkbookResult = {
  readonly ruleSet: RuleSet;
  readonly tables: readonly TableResult[];
  readonly ratios: Ratios | null;
  /** Every finding: the tables', the budget's. */
  readonly findings: readonly Finding[];
};
