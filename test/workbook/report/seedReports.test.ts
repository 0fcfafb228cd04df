import { describe, expect, it } from "@jest/globals";
import { plainText } from "../../../src/core/report/runs";
import type { Report, ReportParagraph } from "../../../src/core/report/types";
import { analyseWorkbook } from "../../../src/workbook/analyse";
import { factsOf, reportOf } from "../../../src/workbook/report/planReport";
import { unexplainedNumbers } from "./figureAudit";
import { SEED_WORKBOOKS } from "./fixtures/seedWorkbooks";

function draft(seed: string) {
  const analysis = analyseWorkbook(SEED_WORKBOOKS[seed]());
  const facts = factsOf(analysis);
  const report = reportOf(analysis, facts);
  const paragraphs = report.sections.flatMap((section) => section.paragraphs);
  const text = [report.title, ...[...report.cover, ...paragraphs].map((p) => plainText(p.runs))].join("\n");
  const figures = paragraphs.flatMap((p) => p.runs.filter((run) => run.kind === "figure").map((run) => run.text));
  return { analysis, facts, report, text, figures };
}

/** The paragraphs under a heading, as text. */
function under(report: Report, heading: string): string[] {
  const section = report.sections.find((candidate) => candidate.heading === heading);
  if (!section) throw new Error(`no section ${heading}`);
  return section.paragraphs.map((p: ReportParagraph) => plainText(p.runs));
}

const isPlaceholder = (p: ReportParagraph) => p.runs.every((run) => run.kind === "placeholder");

describe("the report drafted from seed 004 (盐田区信访局 2023)", () => {
  const { report, text, figures } = draft("004");

  it("writes its figures in the seed's register, as figure runs", () => {
    for (const figure of ["797.14万元", "793.84万元", "99.59%", "2.58万元", "99.23%", "94.92分", "优"]) {
      expect(figures).toContain(figure);
    }
    expect(text).toContain("2023年度部门整体支出绩效综合评分为94.92分，评分等级为优。");
    expect(text).toContain("全年预算数797.14万元，全年执行数793.84万元，预算执行率99.59%。");
    expect(text).toContain("政府采购预算2.60万元，实际采购2.58万元，政府采购执行率99.23%。");
  });

  it("takes the name and the year from the 基本情况 block and leaves placeholders for the facts it lacks", () => {
    expect(report.title).toBe("深圳市盐田区信访局2023年度部门整体支出绩效自评报告");
    expect(plainText(report.cover[0].runs)).toBe("部门名称：深圳市盐田区信访局");
    for (const heading of ["1.主要职能", "2.机构设置情况", "（二）年度总体工作和重点工作任务"]) {
      const section = report.sections.find((candidate) => candidate.heading === heading)!;
      expect(section.paragraphs.every(isPlaceholder)).toBe(true);
      expect(plainText(section.paragraphs[0].runs)).toMatch(/^【请填写：.+】$/);
    }
  });

  it("tells the missed indicators with their reasons, and asks for the reason that is missing", () => {
    expect(under(report, "（3）公平性")).toEqual([
      "群众满意度：年度指标值≥95%，实际完成92%，未完成年度指标值，得分9.68分（分值10.00分）。偏差原因：个别诉求未能解决。",
    ]);
    const problems = under(report, "（一）存在问题");
    expect(problems).toContain(
      "“初次信访一次性化解率”未完成年度指标值（年度指标值≥90%，实际完成72%），原因：【请填写：未完成原因】。",
    );
    expect(problems.some((line) => line.startsWith("【警告】部门整体支出绩效自评表 H11："))).toBe(true);
  });

  it("carries the score table per 一级指标, the fund block as 预算执行率", () => {
    const table = report.sections.find((section) => section.table)?.table;
    expect(table?.rows.map((row) => [row.name, row.weight, row.score])).toEqual([
      ["产出指标", 50, 49.28],
      ["效益指标", 30, 26],
      ["满意度指标", 10, 9.68],
      ["预算执行率", 10, 9.96],
    ]);
    expect(table?.total).toMatchObject({ name: "合计", weight: 100, score: 94.92 });
  });
});

describe("the report drafted from seed 001 (花都区信访局 2021)", () => {
  const { text, figures } = draft("001");

  it("writes 收入, 支出 with its parts, and the score with 2 decimals", () => {
    for (const figure of ["1391.03万元", "892.82万元", "498.21万元", "95.90分", "优"])
      expect(figures).toContain(figure);
    expect(text).toContain(
      "2021年度部门决算支出1391.03万元，完成预算100.00%，其中基本支出892.82万元（工资福利支出785.96万元，商品和服务支出43.89万元，对个人和家庭的补助60.99万元，资本性支出1.98万元），项目支出498.21万元。",
    );
    expect(text).toContain("综合评分为95.90分，评分等级为优");
  });

  it("reads 机构设置 from the block and asks for the staff the workbook does not give", () => {
    expect(text).toContain("内设综合科、信访科2个职能科室");
    expect(text).toContain("编制人数【请填写：编制人数】；实有人数【请填写：实有人数】。");
  });
});

describe("the report drafted from seed 002 (the reference format)", () => {
  const { report, text, figures } = draft("002");

  it("writes 346.38, 358.03 and 公用经费控制率 95.16%", () => {
    for (const figure of ["346.38万元", "358.03万元", "95.16%"]) expect(figures).toContain(figure);
    expect(text).toContain("公用经费年初预算数为22.32万元，决算数为21.24万元。");
    expect(text).toContain("2024年度年初预算数358.03万元，调整预算数-11.65万元，全年预算数346.38万元");
  });

  it("numbers the 职能 again and takes the staff from the budget table", () => {
    expect(under(report, "1.主要职能")).toEqual([
      "（1）负责处理群众给市委、市政府及市委、市政府领导的信件、邮件、网上信访、电话，接待群众来访；",
      "（2）承办上级领导和市委、市政府领导交办批办的信访事项；",
      "（3）指导全市信访业务工作。",
    ]);
    expect(under(report, "3.人员编制情况")).toEqual(["编制人数14人；实有人数13人。"]);
  });

  it("asks for the score when the workbook holds no score table", () => {
    expect(under(report, "（一）自评结论")).toEqual(["【请填写：综合评分及评分等级（工作簿中未找到绩效自评表）】"]);
    expect(report.sections.some((section) => section.table)).toBe(false);
  });
});

describe("every number the report writes", () => {
  it.each(["001", "002", "004"])("comes from the workbook of seed %s or a named formula", (seed) => {
    const { report, analysis, facts } = draft(seed);
    expect(unexplainedNumbers(report, analysis, facts)).toEqual([]);
  });

  it("is caught when a figure is made up", () => {
    const { report, analysis, facts } = draft("004");
    const [first, ...rest] = report.sections;
    const forged: Report = {
      ...report,
      sections: [{ ...first, paragraphs: [{ runs: [{ text: "95.00分", kind: "figure" }] }] }, ...rest],
    };
    expect(unexplainedNumbers(forged, analysis, facts)).toEqual(["95.00 in “95.00分”"]);
  });
});
