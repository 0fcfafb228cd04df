import type { ScoringRule } from "./types";

type BandsRule = Extract<ScoringRule, { kind: "bands" }>;
type Band = BandsRule["bands"][number];
type Bound = { readonly value: number; readonly inclusive: boolean };

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
const INCLUDED = String.raw`(\(含\))?`;

/** Words and signs that open a one-sided condition, and which bound they set. */
const OPENERS: { readonly [word: string]: { readonly side: "min" | "max" | "both"; readonly inclusive: boolean } } = {
  ">=": { side: "min", inclusive: true },
  "<=": { side: "max", inclusive: true },
  "≥": { side: "min", inclusive: true },
  不低于: { side: "min", inclusive: true },
  不少于: { side: "min", inclusive: true },
  达到: { side: "min", inclusive: true },
  ">": { side: "min", inclusive: false },
  高于: { side: "min", inclusive: false },
  大于: { side: "min", inclusive: false },
  超过: { side: "min", inclusive: false },
  多于: { side: "min", inclusive: false },
  "≤": { side: "max", inclusive: true },
  不高于: { side: "max", inclusive: true },
  不超过: { side: "max", inclusive: true },
  不大于: { side: "max", inclusive: true },
  "<": { side: "max", inclusive: false },
  低于: { side: "max", inclusive: false },
  小于: { side: "max", inclusive: false },
  少于: { side: "max", inclusive: false },
  不足: { side: "max", inclusive: false },
  不到: { side: "max", inclusive: false },
  "=": { side: "both", inclusive: true },
  等于: { side: "both", inclusive: true },
};

const ONE_SIDED = new RegExp(String.raw`^(${Object.keys(OPENERS).join("|")})${NUM}%?${INCLUDED}$`);
/** `60%以上`, `30%以下`: by the usual reading of 以上/以下 (法律文书惯例) the number itself is included. */
const TRAILING = new RegExp(String.raw`^${NUM}%?(?:\(含\))?(及?以上|及?以下|以内)$`);
const RANGE = new RegExp(String.raw`^${NUM}%?${INCLUDED}[-~—–至到]${NUM}%?${INCLUDED}$`);
/** `80%≤完成率<90%`. */
const BETWEEN = new RegExp(String.raw`^${NUM}%?(≤|<=|<)[^\d≤<]*(≤|<=|<)${NUM}%?$`);

const POINTS = new RegExp(String.raw`^(.*?),?(?:计|得|给)?(\d+(?:\.\d+)?)分$`);
const NO_POINTS = /^(.*?),?(?:不得分|不计分|不给分)$/;

/**
 * Reads banded 评分标准 (`≥90%,计5分;80%(含)-90%,计4分;…;低于60%不得分`) from normalised text without spaces.
 * A `(含)` makes the number before it inclusive; a range with no `(含)` at all is read as [low, high). Returns
 * null unless every clause that awards points has a condition this reader understands, and there are at least two.
 */
export function parseBands(folded: string): BandsRule | null {
  const clauses = folded.split(/[;。]/).filter((clause) => clause.includes("分"));
  const bands = clauses.map(bandOf);
  if (bands.length < 2 || bands.some((band) => band === null)) return null;
  const found = bands.filter((band): band is Band => band !== null);
  return { kind: "bands", bands: found, fullMarks: Math.max(...found.map((band) => band.points)) };
}

function bandOf(clause: string): Band | null {
  const scored = POINTS.exec(clause);
  const unscored = scored ? null : NO_POINTS.exec(clause);
  const condition = scored?.[1] ?? unscored?.[1];
  if (condition === undefined) return null;
  const bounds = boundsOf(condition);
  if (!bounds) return null;
  return {
    min: bounds.min?.value ?? null,
    minInclusive: bounds.min?.inclusive ?? false,
    max: bounds.max?.value ?? null,
    maxInclusive: bounds.max?.inclusive ?? false,
    points: scored ? Number(scored[2]) : 0,
  };
}

type Bounds = { readonly min: Bound | null; readonly max: Bound | null };

function boundsOf(condition: string): Bounds | null {
  return oneSided(condition) ?? trailing(condition) ?? range(condition) ?? between(condition);
}

function oneSided(condition: string): Bounds | null {
  const match = ONE_SIDED.exec(condition);
  const opener = match ? OPENERS[match[1] ?? ""] : undefined;
  if (!match || !opener) return null;
  const bound = { value: Number(match[2]), inclusive: opener.inclusive || match[3] !== undefined };
  return {
    min: opener.side === "max" ? null : bound,
    max: opener.side === "min" ? null : bound,
  };
}

function trailing(condition: string): Bounds | null {
  const match = TRAILING.exec(condition);
  if (!match) return null;
  const bound = { value: Number(match[1]), inclusive: true };
  return match[2]?.endsWith("以上") ? { min: bound, max: null } : { min: null, max: bound };
}

function range(condition: string): Bounds | null {
  const match = RANGE.exec(condition);
  if (!match) return null;
  const lowMarked = match[2] !== undefined;
  const highMarked = match[4] !== undefined;
  const unmarked = !lowMarked && !highMarked;
  return {
    min: { value: Number(match[1]), inclusive: lowMarked || unmarked },
    max: { value: Number(match[3]), inclusive: highMarked },
  };
}

function between(condition: string): Bounds | null {
  const match = BETWEEN.exec(condition);
  if (!match) return null;
  return {
    min: { value: Number(match[1]), inclusive: match[2] !== "<" },
    max: { value: Number(match[4]), inclusive: match[3] !== "<" },
  };
}
