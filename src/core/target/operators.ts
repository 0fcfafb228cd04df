import { PREFIX_OPERATORS, SUFFIX_OPERATORS } from "./lexicon";
import type { Operator } from "./types";

/** The longest operator word plus a space: all of the text around a number that can hold its operator. */
const REACH = 1 + Math.max(...[...PREFIX_OPERATORS, ...SUFFIX_OPERATORS].map((o) => o.word.length));

/**
 * The comparison written around the number that spans `start`–`end` of a prepared clause: a word or sign just
 * before it (`不低于95%`) or just after its unit (`95%以上`). The word after wins, because `控制在…以内` and
 * `控制在…以上` differ only there. Null when neither is written (a bare number).
 */
export function operatorAround(prepared: string, start: number, end: number): Operator | null {
  const after = prepared.slice(end, end + REACH).trimStart();
  const before = prepared.slice(Math.max(0, start - REACH), start).trimEnd();
  const suffix = SUFFIX_OPERATORS.find((o) => after.startsWith(o.word));
  const prefix = PREFIX_OPERATORS.find((o) => before.endsWith(o.word));
  return (suffix ?? prefix)?.operator ?? null;
}
