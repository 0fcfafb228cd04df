import { normaliseText } from "../text/normalise";

/** The kinds of unit that can be compared with each other (`件` with `次`, `万元` with `元`, never `%` with `件`). */
export type UnitFamily = "percent" | "count" | "money" | "time";

const FAMILIES: Readonly<Record<string, UnitFamily>> = {
  "%": "percent",
  件: "count",
  次: "count",
  人次: "count",
  个: "count",
  批: "count",
  篇: "count",
  期: "count",
  份: "count",
  条: "count",
  户: "count",
  人: "count",
  家: "count",
  项: "count",
  场: "count",
  宗: "count",
  起: "count",
  例: "count",
  万元: "money",
  元: "money",
  天: "time",
  日: "time",
  工作日: "time",
  月: "time",
  年: "time",
  小时: "time",
};

/** Spellings that mean a unit above: `3个月` is three 月, `5个工作日` five 工作日. */
const ALIASES: Readonly<Record<string, string>> = { 个月: "月", 个工作日: "工作日" };

/** Every spelling the reader accepts, longest first, so `人次` wins over `人` and `个月` over `个`. */
const SPELLINGS = [...Object.keys(FAMILIES), ...Object.keys(ALIASES)].sort((a, b) => b.length - a.length);

/** Matches one unit spelling at the start of a string; shared with the Chinese-numeral reader. */
export const UNIT_PATTERN = SPELLINGS.join("|");

/** The family of a unit; null for no unit and for units the engine does not know (`吨`, `公里`). */
export function unitFamily(unit: string | null): UnitFamily | null {
  if (unit === null) return null;
  const folded = normaliseText(unit);
  const canonical = ALIASES[folded] ?? (folded === "万" ? "万元" : folded);
  return FAMILIES[canonical] ?? null;
}

/**
 * Whether an actual value in `actualUnit` can be scored against a target in `targetUnit`. A missing unit on either
 * side is compatible (a bare `86` against `≥95%`); units of one family are (`件`/`次`, `万元`/`元`); unknown units
 * only match themselves.
 */
export function unitsCompatible(targetUnit: string | null, actualUnit: string | null): boolean {
  if (targetUnit === null || actualUnit === null) return true;
  const target = unitFamily(targetUnit);
  const actual = unitFamily(actualUnit);
  if (target !== null || actual !== null) return target === actual;
  return normaliseText(targetUnit) === normaliseText(actualUnit);
}

/** A unit read after a number: its canonical spelling (null when unknown), how many characters it took, a scale. */
export type UnitReading = { readonly unit: string | null; readonly length: number; readonly scale: number };

const TEN_THOUSAND = 10_000;
/** Enough text after a number for `万` and the longest spelling; reading more would only cost time. */
const LOOKAHEAD = 2 + (SPELLINGS[0]?.length ?? 0);
const CJK = /[\u4e00-\u9fff]/;

/**
 * Reads the unit that starts at `from` in `text`, allowing one space before it (`2000 件`). `万` scales the unit that
 * follows it (`1.2万人次` → 12000 人次); alone it is money (`96.16万` → 万元), as the seeds write budgets.
 */
export function readUnit(text: string, from: number): UnitReading {
  const gap = text[from] === " " ? 1 : 0;
  const rest = text.slice(from + gap, from + gap + LOOKAHEAD);
  const direct = matchSpelling(rest);
  if (direct !== null) return { unit: ALIASES[direct] ?? direct, length: gap + direct.length, scale: 1 };
  if (!rest.startsWith("万")) return { unit: null, length: 0, scale: 1 };
  const scaled = matchSpelling(rest.slice(1));
  if (scaled !== null) return { unit: ALIASES[scaled] ?? scaled, length: gap + 1 + scaled.length, scale: TEN_THOUSAND };
  // 万 before a unit the engine does not know (`5万亩`): the number is right, the unit is not ours to guess.
  if (CJK.test(rest[1] ?? "")) return { unit: null, length: gap + 1, scale: TEN_THOUSAND };
  return { unit: "万元", length: gap + 1, scale: 1 };
}

function matchSpelling(text: string): string | null {
  return SPELLINGS.find((spelling) => text.startsWith(spelling)) ?? null;
}
