import { describe, expect, it } from "@jest/globals";
import { figure, joinRuns, paragraph, placeholder, plainText, runs, text } from "../../../src/core/report/runs";

describe("runs", () => {
  it("keeps interpolated runs' kinds and merges the words around them", () => {
    const name = "群众满意度";
    expect(runs`${name}：实际完成${figure("86%")}，原因：${placeholder("【请填写：原因】")}。`).toEqual([
      text("群众满意度：实际完成"),
      figure("86%"),
      text("，原因："),
      placeholder("【请填写：原因】"),
      text("。"),
    ]);
  });

  it("splices interpolated run lists and drops empty text", () => {
    const inner = runs`预算${figure("2.60万元")}`;
    expect(runs`${""}政府采购${inner}`).toEqual([text("政府采购预算"), figure("2.60万元")]);
  });

  it("joins lists with a separator and reads back as plain text", () => {
    const joined = joinRuns([[figure("1")], [figure("2")], [figure("3")]], "、");
    expect(plainText(joined)).toBe("1、2、3");
    expect(joined.filter((run) => run.kind === "figure")).toHaveLength(3);
    expect(joinRuns([], "、")).toEqual([]);
  });

  it("makes a paragraph of several run lists, merging text at the seams", () => {
    expect(paragraph([text("甲")], [text("乙"), figure("3")]).runs).toEqual([text("甲乙"), figure("3")]);
  });
});
