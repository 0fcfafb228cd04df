import fc from "fast-check";
import { labelKey, normaliseText } from "../../../src/core/text/normalise";

describe("normaliseText", () => {
  it.each([
    ["９５％", "95%"],
    ["（万元）", "(万元)"],
    ["＞＝９０", ">=90"],
    ["≦5次", "≤5次"],
    ["≧95%", "≥95%"],
    ["年度\n指标值", "年度 指标值"],
    ["  ≥ 95 %\t", "≥ 95 %"],
    ["全年\u3000不少于\u00a04次", "全年 不少于 4次"],
    ["≥1200批次", "≥1200批次"],
    ["达成 年度指标", "达成 年度指标"],
    ["", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(normaliseText(text)).toBe(folded);
  });

  it("leaves nothing to fold, and folding again changes nothing", () => {
    const typed = fc.string({
      unit: fc.constantFrom(
        "９",
        "５",
        "％",
        "（",
        "）",
        "＞",
        "＝",
        "≦",
        "≧",
        " ",
        "\n",
        "\t",
        "\u3000",
        "\u00a0",
        "件",
        "9",
        "%",
      ),
    });
    fc.assert(
      fc.property(typed, (text) => {
        const folded = normaliseText(text);
        expect(folded).not.toMatch(/[\uff01-\uff5e\u3000≦≧]|\s\s|[^\S ]|^\s|\s$/);
        expect(normaliseText(folded)).toBe(folded);
      }),
    );
  });
});

describe("labelKey", () => {
  it("drops every space", () => {
    expect(labelKey("年度 \n指标值（%）")).toBe("年度指标值(%)");
  });
});
