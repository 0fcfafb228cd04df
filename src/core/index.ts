/**
 * The engine's public API (SPEC §7): pure functions from a workbook model to results and findings, and the types
 * they speak. Hosts, the workbook layer and the command line import from here; deep paths are internal.
 */

export type { CellInput, CellRef } from "./location";
export type {
  BudgetColumn,
  BudgetItem,
  BudgetItemKey,
  BudgetTable,
  DeclaredWeight,
  FundBlock,
  IndicatorRow,
  ScoreTable,
  WorkbookModel,
} from "./model";
export type {
  FundResult,
  IndicatorResult,
  IndicatorStatus,
  LevelSummary,
  RatioKey,
  Ratios,
  TableResult,
  WorkbookResult,
} from "./results";
export { fail, ok, type Result } from "./result";

export { evaluateWorkbook } from "./evaluate";

export {
  finding,
  SEVERITY,
  type Finding,
  type FindingCode,
  type FindingParams,
  type QualitativeTierName,
  type ReasonTrigger,
  type Severity,
} from "./findings/types";
export { renderFinding, SEVERITY_LABELS, type Locale, type RenderedFinding } from "./findings/render";
export { formatAmount, formatCount, formatPercent, formatScore, formatWan } from "./format";

export type { GradeBand, QualitativeBands, RuleSet } from "./rules/types";
export { MOF_2020 } from "./rules/mof2020";
export { listPresets, PRESETS, type Preset } from "./rules/presets";
export { resolveRuleSet } from "./rules/resolveRuleSet";

export type {
  ComparativeTarget,
  Direction,
  Operator,
  ParsedTarget,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  TargetKind,
  TargetNote,
  ZeroTarget,
} from "./target/types";
export { parseTarget } from "./target/parseTarget";
export { unitsCompatible } from "./target/units";
export type { Actual, ActualHint } from "./actual/types";
export { parseActual } from "./actual/parseActual";

export type { ScoringRule } from "./ruleText/types";
export { parseRuleText } from "./ruleText/parseRuleText";
export { applyRuleText } from "./ruleText/applyRuleText";

export { roundScore, sumScores } from "./scoring/round";
export { gradeOf } from "./scoring/grade";
export { scoreIndicator, type ScoringContext } from "./scoring/scoreIndicator";
export { scoreFund } from "./scoring/scoreFund";
export { scoreTable } from "./scoring/scoreTable";

export { computeRatios } from "./ratios/computeRatios";
export { RATIO_LABELS, ratioKeyForName } from "./ratios/ratioNames";
export { checkBudget } from "./checks/checkBudget";

export { labelKey, normaliseText } from "./text/normalise";

export type {
  DepartmentFacts,
  Report,
  ReportInput,
  ReportLocale,
  ReportParagraph,
  ReportRun,
  ReportSection,
  ScoreTableData,
  ScoreTableRow,
} from "./report/types";
export { buildReport, mainTable } from "./report/buildReport";
export { plainText } from "./report/runs";
export { parseNumberText, parsePercentText } from "./text/parseNumber";
