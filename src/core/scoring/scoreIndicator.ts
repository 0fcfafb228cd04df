import { parseActual } from "../actual/parseActual";
import type { Actual } from "../actual/types";
import { finding, type Finding } from "../findings/types";
import type { IndicatorRow } from "../model";
import type { IndicatorResult, Ratios } from "../results";
import type { RuleSet } from "../rules/types";
import { parseTarget } from "../target/parseTarget";
import type { ParsedTarget } from "../target/types";
import { checkEntered } from "./checkEntered";
import { measure } from "./measure";
import { invalid, manual, type Outcome } from "./outcome";
import { roundScore } from "./round";
import { rowCell } from "./rowCell";
import { fullScore, usableWeight } from "./weights";
import { scoreRuleText } from "./scoreRuleText";
import { scoreTarget } from "./scorers";
import type { Readings } from "./readings";

/** What scoring a row needs beyond the row and the rules. */
export type ScoringContext = {
  /** The standard ratios of the workbook's budget table; null when it has none. */
  readonly ratios: Ratios | null;
  /** The readers of the evaluation; a row scored on its own reads its cells afresh. */
  readonly readings?: Readings;
};

const DIRECT: Readings = { target: parseTarget, actual: parseActual };

/**
 * Scores one 三级指标 row (SPEC §3.1–3.4, domain-rules §0): reads its target and actual value, fills a ratio row's
 * value from the budget table, scores it by its 评分标准 or by the scorer of its target's kind, then checks the score
 * a person typed and whether a 偏差原因 is required. Never throws: bad input becomes findings and a manual or invalid
 * status.
 */
export function scoreIndicator(row: IndicatorRow, rules: RuleSet, context: ScoringContext): IndicatorResult {
  const read = context.readings ?? DIRECT;
  const target = read.target(row.targetText, row.name);
  const hint = { percentColumn: row.actualPercentColumn, targetUnit: "unit" in target ? target.unit : null };
  const measured = measure(row, read.actual(row.actual, hint), context.ratios);
  const weight = usableWeight(row.weight);
  const outcome = judge(row, weight, target, measured.actual, rules);
  const entered =
    row.enteredScore !== null && Number.isFinite(row.enteredScore)
      ? roundScore(row.enteredScore, rules.scoreDecimals)
      : null;
  const score = entered ?? outcome.score;
  const lost = score !== null && weight !== null && score < fullScore(weight, rules.scoreDecimals);
  const trigger = outcome.trigger ?? (lost ? "missed" : null);

  const findings: Finding[] = [...measured.findings, ...outcome.findings];
  if (entered !== null && weight !== null) findings.push(...checkEntered(row, entered, weight, outcome));
  if (entered === null && outcome.byHand) {
    findings.push(finding("MANUAL_SCORE_REQUIRED", rowCell(row, "score"), { name: row.name }));
  }
  // On a row that reached its target a lower typed score is a person's deduction, not a miss.
  if (lost && outcome.reached !== true && outcome.status !== "invalid" && measured.actual.kind !== "empty") {
    const shown = { target: row.targetText, actual: actualText(measured.actual) };
    findings.push(finding("TARGET_MISSED", rowCell(row, "actual"), { name: row.name, ...shown, score, weight }));
  }
  if (trigger !== null && row.reason.trim() === "") {
    findings.push(finding("REASON_MISSING", rowCell(row, "reason"), { name: row.name, trigger }));
  }

  return {
    row,
    target,
    actual: measured.actual,
    computedScore: outcome.score,
    score,
    status: outcome.status,
    achievement: outcome.achievement,
    reasonRequired: trigger !== null,
    filledActual: measured.filledActual,
    findings,
  };
}

/** The rule's verdict: an unusable weight or an error value first, then the 评分标准, then the target's own scorer. */
function judge(
  row: IndicatorRow,
  weight: number | null,
  target: ParsedTarget,
  actual: Actual,
  rules: RuleSet,
): Outcome {
  const broken: Finding[] = [];
  if (weight === null) broken.push(finding("WEIGHT_MISSING", rowCell(row, "weight"), { name: row.name }));
  if (actual.kind === "error") {
    broken.push(finding("CELL_ERROR_VALUE", rowCell(row, "actual"), { name: row.name, text: actual.text }));
  }
  // An empty 分值 leaves the row to a person; an impossible one (negative) or an error value is broken input.
  if (actual.kind === "error" || (weight === null && row.weight !== null)) return invalid(broken);
  if (weight === null) return manual(broken, false);

  if (row.ruleText.trim() !== "") return scoreRuleText({ actual, weight, rules, row, target });
  if (target.kind !== "unparseable") return scoreTarget({ actual, weight, rules, row, target });
  // A framework table without a 年度指标值 column scores such rows by hand; it did not misspell a target.
  if (row.at.target === undefined && row.targetText.trim() === "") return manual([], true);
  return manual(
    [finding("TARGET_UNPARSEABLE", rowCell(row, "target"), { name: row.name, text: row.targetText })],
    false,
  );
}

function actualText(actual: Actual): string {
  return "text" in actual ? actual.text : "";
}
