import type { Actual } from "../actual/types";
import type { Finding, QualitativeTierName, ReasonTrigger } from "../findings/types";
import type { IndicatorRow } from "../model";
import type { IndicatorStatus } from "../results";
import type { RuleSet } from "../rules/types";
import { fitScore, fullScore } from "./weights";

/** An actual value a scorer can meet: error values are reported before any scorer runs. */
export type UsableActual = Exclude<Actual, { readonly kind: "error" }>;

/** What a scorer is given: its own kind of target, the row's actual value and a usable (finite, ≥ 0) weight. */
export type ScorerInput<T> = {
  readonly target: T;
  readonly actual: UsableActual;
  readonly weight: number;
  readonly rules: RuleSet;
  readonly row: IndicatorRow;
};

/**
 * What a person may type in the 得分 cell without a finding: `equal` the rule's score (else SCORE_MISMATCH), `any`
 * score up to the weight (over-achievement: 按照偏离度适度调减分值), or a score in the `band` of a qualitative tier.
 */
export type EnteredCheck =
  | { readonly kind: "equal" }
  | { readonly kind: "any" }
  | {
      readonly kind: "band";
      readonly tier: QualitativeTierName;
      readonly min: number;
      readonly max: number;
      readonly maxInclusive: boolean;
    };

/** A scorer's verdict on one row, before the entered score and the 偏差原因 are looked at. */
export type Outcome = {
  /** Rounded and within [0, weight]; null when a person has to score the row. */
  readonly score: number | null;
  readonly status: IndicatorStatus;
  readonly achievement: number | null;
  /** Whether the target was reached (met, exceeded, the 达成 tier); null when the rule could not tell. */
  readonly reached: boolean | null;
  /** Why a 偏差原因 is required even if no point is lost (over-achievement, a qualitative tier below 达成). */
  readonly trigger: ReasonTrigger | null;
  readonly entered: EnteredCheck;
  /** The rule itself cannot score this row (not bad input): a missing score then needs MANUAL_SCORE_REQUIRED. */
  readonly byHand: boolean;
  readonly findings: readonly Finding[];
};

/** Scores one kind of target. Pure; never throws. */
export type Scorer<T> = (input: ScorerInput<T>) => Outcome;

type Computed = Partial<Pick<Outcome, "status" | "achievement" | "reached" | "trigger" | "entered" | "findings">>;

/**
 * A score the rule computed: never a bonus, never negative, rounded to the rule set's decimals. The row is met when
 * the rounded score is the full score, since then no point is lost.
 */
export function scored(
  raw: number,
  input: Pick<ScorerInput<unknown>, "weight" | "rules">,
  extra: Computed = NO_EXTRA,
): Outcome {
  const { weight, rules } = input;
  const score = fitScore(raw, weight, rules.scoreDecimals);
  const full = score >= fullScore(weight, rules.scoreDecimals);
  return {
    score,
    status: extra.status ?? (full ? "met" : "missed"),
    achievement: extra.achievement ?? null,
    reached: extra.reached === undefined ? full : extra.reached,
    trigger: extra.trigger ?? null,
    entered: extra.entered ?? ENTERED_EQUAL,
    byHand: false,
    findings: extra.findings ?? NO_FINDINGS,
  };
}

// Every row gets an outcome: the common parts are shared, immutable, instead of made afresh 100,000 times.
const ENTERED_EQUAL: EnteredCheck = { kind: "equal" };
const ENTERED_ANY: EnteredCheck = { kind: "any" };
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_EXTRA: Computed = Object.freeze({});

/** A row without a computed score: `byHand` when the rule cannot score it, else because some input is unusable. */
export function manual(findings: readonly Finding[], byHand: boolean): Outcome {
  return {
    score: null,
    status: "manual",
    achievement: null,
    reached: null,
    trigger: null,
    entered: ENTERED_ANY,
    byHand,
    findings,
  };
}

/** A row whose input is broken (an error value, an impossible weight). */
export function invalid(findings: readonly Finding[]): Outcome {
  return { ...manual(findings, false), status: "invalid" };
}
