import { assignParents } from "../../../src/workbook/read/budgetHierarchy";
import { parseBudgetLabel } from "../../../src/workbook/read/budgetLabel";

const parents = (...labels: string[]): (number | null)[] => assignParents(labels.map(parseBudgetLabel));

describe("assignParents", () => {
  it("follows numbering 一、 > （一） > 1. > (1)", () => {
    expect(
      parents(
        "一、收入合计",
        "（一）财政拨款收入",
        "二、支出合计",
        "（一）基本支出",
        "1.工资福利支出",
        "(1)基本工资",
        "2.商品和服务支出",
        "（二）项目支出",
      ),
    ).toEqual([null, 0, null, 2, 3, 4, 3, 2]);
  });

  it("follows indentation", () => {
    expect(parents("支出合计", "  基本支出", "    工资福利支出", "  项目支出", "公用经费")).toEqual([
      null,
      0,
      1,
      0,
      null,
    ]);
  });

  it("reads 其中 as a part of the row above, and rows aligned under its text as siblings", () => {
    expect(
      parents(
        "收入合计",
        "其中：一般公共服务",
        "\u3000\u3000\u3000社会保障和就业",
        "\u3000\u3000\u3000卫生健康",
        "支出合计",
      ),
    ).toEqual([null, 0, 0, 0, null]);
  });

  it("lets numbered lists sit under an unnumbered total but not under an entry of their own rank", () => {
    expect(parents("支出合计", "1.基本支出", "  工资福利支出", "2.项目支出", "公用经费")).toEqual([
      null,
      0,
      1,
      0,
      null,
    ]);
  });

  it("places a flat list by the known structure", () => {
    expect(
      parents(
        "收入合计",
        "财政拨款收入",
        "其他收入",
        "支出合计",
        "基本支出",
        "工资福利支出",
        "商品和服务支出",
        "对个人和家庭的补助",
        "资本性支出",
        "项目支出",
        "三公经费",
        "因公出国（境）费",
        "公务用车购置及运行费",
        "公务接待费",
        "公用经费",
      ),
    ).toEqual([null, 0, 0, null, 3, 4, 4, 4, 4, 3, null, 10, 10, 10, null]);
  });

  it("keeps a finer outline parent the known structure does not know", () => {
    expect(parents("基本支出", "  人员经费", "    工资福利支出", "    对个人和家庭的补助")).toEqual([null, 0, 1, 1]);
  });

  it("never makes head counts or fixed assets parts of a total", () => {
    expect(
      parents("支出合计", "  编制数", "  其中：实有人数", "固定资产总额", "  在用固定资产", "编制数", "  行政编制"),
    ).toEqual([null, null, null, null, null, null, 5]);
  });

  it("stops income rows at the first row of another kind", () => {
    expect(parents("收入合计", "支出合计", "事业收入")).toEqual([null, null, null]);
  });
});
