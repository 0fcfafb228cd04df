import { PREFIX_OPERATORS } from "./lexicon";
import { UNIT_PATTERN } from "./units";

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const WORD_OPERATORS = PREFIX_OPERATORS.map((o) => o.word).filter((w) => /[\u4e00-\u9fff]/.test(w));

// Only a numeral between an operator word and a unit (`不少于两次`) is a number: elsewhere `一次性`, `三无`, `四零`
// are words.
const COUNT = new RegExp(`(${WORD_OPERATORS.join("|")})([零〇一二两三四五六七八九十百]+)(?=${UNIT_PATTERN})`, "g");

/** Rewrites `不少于两次` as `不少于2次` so the number reader sees one notation; other numerals are left alone. */
export function arabiseCounts(text: string): string {
  return text.replace(COUNT, (whole, operator: string, numeral: string) => {
    const value = chineseNumeralValue(numeral);
    return value === null ? whole : `${operator}${value}`;
  });
}

/** The value of a numeral below 1000 (`十五` 15, `二十` 20, `一百零五` 105); null when it is not one. */
function chineseNumeralValue(numeral: string): number | null {
  let total = 0;
  let pending: number | null = null;
  for (const ch of numeral) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (pending !== null && pending !== 0) return null;
      pending = digit;
    } else {
      const place = ch === "百" ? 100 : 10;
      if (total % (place * 10) !== 0 || (pending === null && place === 100)) return null;
      total += (pending ?? 1) * place;
      pending = null;
    }
  }
  return total + (pending ?? 0);
}
