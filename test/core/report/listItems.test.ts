import { describe, expect, it } from "@jest/globals";
import { listItems, paragraphsOf } from "../../../src/core/report/listItems";

describe("paragraphsOf", () => {
  it("gives the non-empty lines, trimmed", () => {
    expect(paragraphsOf("  （1）抓好源头治理\r\n\n（2）抓好甄别分流  ")).toEqual([
      "（1）抓好源头治理",
      "（2）抓好甄别分流",
    ]);
  });
});

describe("listItems", () => {
  it("takes one item per line without its numbering", () => {
    expect(listItems("1.贯彻执行信访法规\n2、负责指导全区信访工作\n(3)处理复查复核\n④负责人民建议征集")).toEqual([
      "贯彻执行信访法规",
      "负责指导全区信访工作",
      "处理复查复核",
      "负责人民建议征集",
    ]);
  });

  it("cuts a list written on one line at its （n） marks", () => {
    expect(listItems("（1）负责处理来信；（2）承办交办事项；（3）指导全市信访业务工作。")).toEqual([
      "负责处理来信；",
      "承办交办事项；",
      "指导全市信访业务工作。",
    ]);
  });

  it("keeps a number that is not a mark and a single （n） inside a sentence", () => {
    expect(listItems("1.5万元以下的支出由科室审批")).toEqual(["1.5万元以下的支出由科室审批"]);
    expect(listItems("按《信访工作条例》第三十一条（1）项办理")).toEqual(["按《信访工作条例》第三十一条（1）项办理"]);
  });
});
