import type { ComparativeTarget } from "./types";

/** What a comparative clause says, without the metadata every target carries. */
export type ComparativeReading = Pick<ComparativeTarget, "relation" | "percent" | "baseYear" | "direction">;

const YEAR = /((?:19|20)\d{2}) ?年/;
// `保持平稳` and `保持平衡` contain 持平 but say nothing about last year.
const FLAT = /持平(?![稳衡安])/;
const NO_INCREASE = /只减不增|只降不升|零增长|不(?:超过|高于|多于)(?:上一?年度?|去年)/;
const BASE = "(?:上一?年度?|去年|(?:19|20)\\d{2} ?年度?)";
const CHANGE = new RegExp(
  `(?:同比|(?:较|比|与)${BASE}(?:同期)?(?:相比)?,?) ?(下降|减少|降低|压减|增长|增加|提高|上升) ?(\\d+(?:\\.\\d+)?)? ?(%)?`,
);
const DECREASE_WORDS = ["下降", "减少", "降低", "压减"];

/**
 * Reads a target measured against the prior year (domain-rules §2a): 与上年/与2023年持平, 只减不增, 较上年下降X%,
 * 较上年增长X%. Returns a reason instead when the change is not a percentage (`较上年增加10件`), and null when the
 * clause is not comparative or names no amount of change (`较上年有所下降` is left to the qualitative reading).
 */
export function readComparative(clause: string): ComparativeReading | { readonly reason: string } | null {
  const named = YEAR.exec(clause);
  const year = named === null ? null : Number(named[1]);
  if (FLAT.test(clause)) return { relation: "flat", percent: null, baseYear: year, direction: "reverse" };
  if (NO_INCREASE.test(clause)) return { relation: "no-increase", percent: null, baseYear: year, direction: "reverse" };
  const change = CHANGE.exec(clause);
  if (change === null || change[2] === undefined) return null;
  if (change[3] === undefined)
    return { reason: `“${change[0].trim()}”的增减幅度不是百分比，无法与上年比较，请改写为百分比` };
  const decrease = DECREASE_WORDS.includes(change[1] ?? "");
  return {
    relation: decrease ? "decrease" : "increase",
    percent: Number(change[2]),
    baseYear: year,
    direction: decrease ? "reverse" : "positive",
  };
}
