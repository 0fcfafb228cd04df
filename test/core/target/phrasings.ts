import fc from "fast-check";

/** Real 指标值 and 实际完成值 wordings from the seeds and SPEC §3.2, the starting points of the mutation tests. */
export const PHRASINGS: readonly string[] = [
  "≥95%",
  "不低于95%",
  "每年不少于 2000 件",
  "每批不少于3件",
  "低于20%",
  "≤90万元",
  "=100%",
  "100%处置，不留隐患",
  "零登记",
  "“四零”（零进京、零非访、零登记、零事故）",
  "0次",
  "不发生",
  "与2023年持平",
  "只减不增",
  "较上年下降5%",
  "较上年增长10%",
  "在项目计划完成时间内完成",
  "创建全省“信访工作示范区”",
  "全年项目绩效总目标96.16万",
  "确保今年80%的乡镇、街道…村（社）创建为“三无”单位",
  "满意度可达到95%",
  "控制在5%以内",
  "≥1,000件",
  "不少于两次",
  "2000-3000件",
  "1/3",
  "1,391.03万元",
  "共4次",
  "37人次",
  "达成预期指标",
  "部分达成年度指标并具有一定效果",
  "#DIV/0!",
];

/** Characters the grammar reacts to, so mutations reach its corners and not only its fallbacks. */
const GRAMMAR_CHARS = [..."0123456789.,%-~/≥≤<>=零万件次年月日以上内不少于“”（），；０％＞"];

type Edit =
  | { readonly op: "insert"; readonly at: number; readonly text: string }
  | { readonly op: "delete"; readonly at: number; readonly length: number }
  | { readonly op: "widen"; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...GRAMMAR_CHARS), fc.string({ unit: "binary", maxLength: 3 })),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant("widen" as const), at: fc.nat() }),
);

function apply(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.op) {
    case "insert":
      return text.slice(0, at) + change.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + change.length);
    case "widen": {
      // Full-width twin of an ASCII character, as Chinese input methods type it.
      const ch = text.charCodeAt(at);
      const wide = ch >= 0x21 && ch <= 0x7e ? String.fromCharCode(ch + 0xfee0) : text.charAt(at);
      return text.slice(0, at) + wide + text.slice(at + 1);
    }
  }
}

/** A real phrasing with up to four edits: inserted or deleted characters, ASCII swapped for full width. */
export const mutatedPhrasing: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PHRASINGS), fc.array(edit, { maxLength: 4 }))
  .map(([text, edits]) => edits.reduce(apply, text));

/** Any text: arbitrary unicode (lone surrogates included) or a mutated real phrasing. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), mutatedPhrasing);
