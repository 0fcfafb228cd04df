import { normaliseText } from "../text/normalise";
import type { ScoringRule } from "./types";
import { parseBands } from "./parseBands";

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const SIGNED = String.raw`(-?\d+(?:\.\d+)?)`;

/** Step verbs that lose points above the threshold; every other step verb loses them below it. */
const ABOVE_VERBS = ["超过", "超出", "超", "高于", "多于", "增加", "上升", "提高"];
const BELOW_VERBS = ["低于", "少于", "下降", "减少", "降低", "不足"];

/** `每超过一个百分点扣0.5分`, `每低于1%扣1分`, `每超过5个百分点扣1分`. */
const STEP = new RegExp(
  String.raw`每(${[...ABOVE_VERBS, ...BELOW_VERBS].join("|")})(一|${NUM})?个?(?:百分点|%)的?,?扣减?${NUM}分`,
);

/** Operators of the full-marks clause and the side they protect: `≤100%` guards against values above. */
const THRESHOLD_OPERATORS: { readonly [op: string]: "above" | "below" | "either" } = {
  "<=": "above",
  ">=": "below",
  "≤": "above",
  "<": "above",
  不高于: "above",
  不超过: "above",
  不大于: "above",
  "≥": "below",
  ">": "below",
  不低于: "below",
  不少于: "below",
  达到: "below",
  "=": "either",
};

/** `≤100%,计5分` — the value and the points of the full-marks clause. */
const THRESHOLD = new RegExp(
  String.raw`(${Object.keys(THRESHOLD_OPERATORS).join("|")})${SIGNED}%?(?:\(含\))?,?(?:计|得)${NUM}分`,
);

/** `以100%为标准` with the full marks stated elsewhere (`满分5分`, `计5分`). */
const STANDARD = new RegExp(String.raw`以${SIGNED}%?为(?:标准|基准)`);
const FULL_MARKS = new RegExp(String.raw`(?:满分|计|得)${NUM}分`);

/** `每出现一例不符合要求的扣1分`, `每出现一个专项未按进度完成资金下达扣0.5分`. */
const OCCURRENCE = new RegExp(
  String.raw`每(?:出现|发现|有|存在|发生)?(?:一|1)(?:例|个|次|项|起|件|处|笔|条|人次|家)[^;。]*?扣减?${NUM}分`,
);

/**
 * Reads a 评分标准 text (SPEC §3.3, domain-rules §3.10 B) into a rule: threshold + deduction, bands, or a deduction
 * per occurrence. Full- and half-width punctuation, ≦/≤, spaces and line breaks are all accepted. A text that fits
 * none of these is `unrecognised`, never an exception: the row is then scored by hand.
 */
export function parseRuleText(text: string): ScoringRule {
  const folded = normaliseText(text).replace(/\s/g, "");
  const step = STEP.exec(folded);
  const rule = step ? deductionRule(folded, step) : (occurrenceRule(folded) ?? parseBands(folded));
  return rule ?? { kind: "unrecognised", text };
}

function deductionRule(folded: string, step: RegExpExecArray): ScoringRule | null {
  const lossSide = ABOVE_VERBS.includes(step[1] ?? "") ? "above" : "below";
  const base = fullMarksClause(folded);
  if (!base || (base.guards !== "either" && base.guards !== lossSide)) return null;
  const stepSize = step[3] === undefined ? 1 : Number(step[3]);
  if (stepSize <= 0) return null;
  return {
    kind: "deduction",
    threshold: base.threshold,
    lossSide,
    fullMarks: base.fullMarks,
    perStep: Number(step[4]),
    step: stepSize,
  };
}

type FullMarksClause = { threshold: number; fullMarks: number; guards: "above" | "below" | "either" };

function fullMarksClause(folded: string): FullMarksClause | null {
  const clause = THRESHOLD.exec(folded);
  if (clause) {
    return {
      threshold: Number(clause[2]),
      fullMarks: Number(clause[3]),
      guards: THRESHOLD_OPERATORS[clause[1] ?? ""] ?? "either",
    };
  }
  const standard = STANDARD.exec(folded);
  const marks = FULL_MARKS.exec(folded);
  return standard && marks ? { threshold: Number(standard[1]), fullMarks: Number(marks[1]), guards: "either" } : null;
}

function occurrenceRule(folded: string): ScoringRule | null {
  const occurrence = OCCURRENCE.exec(folded);
  if (!occurrence) return null;
  const marks = FULL_MARKS.exec(folded);
  return {
    kind: "per-occurrence",
    fullMarks: marks ? Number(marks[1]) : null,
    perOccurrence: Number(occurrence[1]),
  };
}
