const NUMERALS = "〇一二两三四五六七八九十百千";

// 零X (零进京, 零登记) and N零 (“四零”) but not 零 inside a numeral (二零二三, 一百零五), 零点 (a decimal) or common
// words that start with 零 and mean something else.
const ZERO_WORD = new RegExp(
  `不发生|零(?![点星售散碎部${NUMERALS}])[\\u4e00-\\u9fff]|[${NUMERALS}]零(?![${NUMERALS}])`,
);

/** Whether a clause states a zero target in words: 零登记, “四零”, 不发生重大事故. */
export function hasZeroWord(clause: string): boolean {
  return ZERO_WORD.test(clause);
}
