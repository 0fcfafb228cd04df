import { normaliseText } from "../text/normalise";
import { riderOf, splitClauses } from "./clauses";
import { readComparative } from "./comparative";
import { OPERATOR_SIGN, PER_BATCH, PERIOD_WORDS, REVERSE_NAME_WORDS } from "./lexicon";
import { operatorAround } from "./operators";
import { FORMULA_TEXT_REASON, looksLikeFormula } from "./formulaText";
import { findQuantities, prepareClause, type Quantity } from "./quantities";
import type { Operator, ParsedTarget, QuantitativeTarget, TargetBase, TargetNote } from "./types";
import { hasZeroWord } from "./zero";
import { unitFamily } from "./units";

/** What every reading of one cell shares: the text as written, its period, and whether it is per batch. */
type Context = { readonly text: string; readonly period: string | null; readonly perBatch: boolean };

/** A number of the target with the clause it stands in and the comparison written around it. */
type Candidate = Quantity & { readonly clause: number; readonly prepared: string; readonly operator: Operator | null };

/** Between two numbers, these make a range (`2000-3000件`, `3至5次`), which has no single target. */
const RANGE_SEPARATORS = ["-", "~", "～", "—", "–", "至", "到"];

/** How many of several numbers a reason quotes. */
const LISTED = 4;

/** Most targets carry no note: they share one empty list. */
const NO_NOTES: readonly TargetNote[] = Object.freeze([]);

/**
 * Reads a 年度指标值 (SPEC §3.2, domain-rules §2 and §2a): operator, number, unit, period and rider, or a zero,
 * comparative or qualitative target. `indicatorName` only decides the direction of a bare number or `=`: a name
 * saying less is better (故障率, 成本, 经费 …) makes it a ceiling, noted `direction-from-name`. Never throws; a text it
 * cannot place comes back `unparseable` with the reason in Chinese, and the row is then scored by hand.
 *
 * When a text holds both a number and a zero word in different clauses, the number is the target and the other
 * clause its rider.
 */
export function parseTarget(text: string, indicatorName?: string): ParsedTarget {
  return parseTargetFacing(text, isReverseName(indicatorName ?? ""));
}

/** `parseTarget` once the indicator's name is known to say (or not) that less is better: all it takes from the name. */
export function parseTargetFacing(text: string, reverseName: boolean): ParsedTarget {
  const normalised = normaliseText(text);
  if (normalised === "") return unparseable(text, "指标值为空");
  if (looksLikeFormula(normalised)) return unparseable(text, FORMULA_TEXT_REASON);
  const clauses = splitClauses(normalised);
  const context: Context = { text, period: findPeriod(normalised), perBatch: normalised.includes(PER_BATCH) };
  return (
    readComparativeTarget(clauses, context) ??
    readNumericTarget(clauses, context, reverseName) ??
    readWordTarget(clauses, normalised, context)
  );
}

function readComparativeTarget(clauses: readonly string[], context: Context): ParsedTarget | null {
  for (const [index, clause] of clauses.entries()) {
    const reading = readComparative(clause);
    if (reading === null) continue;
    if ("reason" in reading) return unparseable(context.text, reading.reason);
    const rider = riderOf(clauses, (i) => i === index);
    const { relation, percent, baseYear, direction } = reading;
    return { kind: "comparative", relation, percent, baseYear, direction, ...base(context, rider) };
  }
  return null;
}

function readNumericTarget(clauses: readonly string[], context: Context, reverseName: boolean): ParsedTarget | null {
  // Plain loops and object literals: this runs once per indicator row, 100,000 times in a large collection.
  const candidates: Candidate[] = [];
  for (let clause = 0; clause < clauses.length; clause += 1) {
    const prepared = prepareClause(clauses[clause] ?? "");
    for (const { value, unit, start, end } of findQuantities(prepared)) {
      candidates.push({ value, unit, start, end, clause, prepared, operator: operatorAround(prepared, start, end) });
    }
  }
  if (candidates.length === 0) return null;
  const chosen = chooseCandidate(candidates);
  if (typeof chosen === "string") return unparseable(context.text, chosen);
  const rider = riderOf(clauses, (i) => i === chosen.clause);
  const { operator, value, unit } = chosen;
  if (value === 0 && (operator === null || operator === "=" || operator === "<=")) {
    return { kind: "zero", unit, ...base(context, rider) };
  }
  const { kind, operator: read, notes } = classify(operator, value, unit, reverseName);
  return { kind, operator: read, value, unit, ...base(context, rider, notes) };
}

/** The number that is the target: the only one, or the only one with a comparison written around it. */
function chooseCandidate(candidates: readonly Candidate[]): Candidate | string {
  for (const [i, next] of candidates.entries()) {
    const previous = candidates[i - 1];
    if (previous === undefined || previous.clause !== next.clause) continue;
    const between = next.prepared.slice(previous.end, next.start).trim();
    const span = next.prepared.slice(previous.start, next.end);
    if (RANGE_SEPARATORS.includes(between)) return `指标值“${span}”是一个区间，请写成单一目标值（如“≥2000件”）`;
    if (between === "/") return `指标值“${span}”是分数，请改写为百分比或数值`;
  }
  const withOperator = candidates.filter((c) => c.operator !== null);
  const only = candidates.length === 1 ? candidates[0] : withOperator.length === 1 ? withOperator[0] : undefined;
  if (only !== undefined) return only;
  const shown = candidates.slice(0, LISTED).map((c) => c.prepared.slice(c.start, c.end));
  const listed = shown.join("、") + (candidates.length > LISTED ? "…" : "");
  return `指标值含多个数值（${listed}），无法确定哪一个是目标值`;
}

type Reading = {
  readonly kind: QuantitativeTarget["kind"];
  readonly operator: Operator;
  readonly notes: readonly TargetNote[];
};

/** Kind and operator of a non-zero number; bare numbers and `=` take their direction from the indicator's name. */
function classify(operator: Operator | null, value: number, unit: string | null, reverseName: boolean): Reading {
  if (operator === ">=" || operator === ">") return { kind: "positive", operator, notes: NO_NOTES };
  if (operator === "<=" || operator === "<") return { kind: "reverse", operator, notes: NO_NOTES };
  if (reverseName) return { kind: "reverse", operator: "<=", notes: ["direction-from-name"] };
  // A bare amount of money is a budget to stay within (成本指标, domain-rules §2 row 12), never a sum to exceed.
  if (operator === null && unitFamily(unit) === "money")
    return { kind: "reverse", operator: "<=", notes: ["bare-number"] };
  // 100 % cannot be exceeded, so a bare `100%` says “all of it” (domain-rules §2a lists “100%” as an `=` word).
  if (operator === "=" || (unit === "%" && value === 100)) return { kind: "equality", operator: "=", notes: NO_NOTES };
  return { kind: "positive", operator: ">=", notes: ["bare-number"] };
}

function readWordTarget(clauses: readonly string[], normalised: string, context: Context): ParsedTarget {
  if (clauses.some(hasZeroWord)) {
    const rider = riderOf(clauses, (i) => hasZeroWord(clauses[i] ?? ""));
    return { kind: "zero", unit: null, ...base(context, rider) };
  }
  if (OPERATOR_SIGN.test(normalised)) return unparseable(context.text, "指标值有比较符号但没有数值");
  return { kind: "qualitative", ...base(context, null) };
}

/** The fields every target shares; notes in a stable order: the kind's own, then per-batch, then rider. */
function base(context: Context, rider: string | null, notes: readonly TargetNote[] = NO_NOTES): TargetBase {
  return {
    text: context.text,
    period: context.period,
    rider,
    notes: withNotes(notes, context.perBatch, rider !== null),
  };
}

function withNotes(own: readonly TargetNote[], perBatch: boolean, hasRider: boolean): readonly TargetNote[] {
  if (!perBatch && !hasRider) return own;
  const notes = [...own];
  if (perBatch) notes.push("per-batch");
  if (hasRider) notes.push("rider");
  return notes;
}

function unparseable(text: string, reason: string): ParsedTarget {
  return { kind: "unparseable", text, reason };
}

/** The period word written first (`每年不少于…` → 每年); null when there is none. */
function findPeriod(normalised: string): string | null {
  let best: { readonly word: string; readonly at: number } | null = null;
  for (const word of PERIOD_WORDS) {
    const at = normalised.indexOf(word);
    if (at >= 0 && (best === null || at < best.at)) best = { word, at };
  }
  return best?.word ?? null;
}

/** The indicator's name says less is better (故障率, 成本, 经费 …). */
export function isReverseName(indicatorName: string): boolean {
  const name = normaliseText(indicatorName);
  return REVERSE_NAME_WORDS.some((word) => name.includes(word));
}
