import { describe, expect, it } from "@jest/globals";
import { finding } from "../../../src/core/findings/types";
import { buildReport, mainTable } from "../../../src/core/report/buildReport";
import { MAX_REPORTED_FINDINGS } from "../../../src/core/report/problems";
import { plainText } from "../../../src/core/report/runs";
import type { DepartmentFacts, Report } from "../../../src/core/report/types";
import { analyseWorkbook } from "../../../src/workbook/analyse";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { yantianBudgetSheet } from "../../workbook/read/fixtures/budgetTables";
import { huaduSheet } from "../../workbook/read/fixtures/departmentTables";
import { nationalProjectSheet } from "../../workbook/read/fixtures/nationalProject";
import { sheet, workbook } from "../../workbook/sheetBuilder";

function reportFor(sheets: readonly SheetSnapshot[], facts: DepartmentFacts = {}): Report {
  const analysis = analyseWorkbook(workbook(...sheets));
  return buildReport({ facts, result: analysis.result, budget: analysis.model.budget, findings: analysis.findings });
}

const paragraphsUnder = (report: Report, heading: string): string[] =>
  report.sections.find((section) => section.heading === heading)?.paragraphs.map((p) => plainText(p.runs)) ?? [];

const headings = (report: Report): string[] => report.sections.map((section) => section.heading);

describe("buildReport", () => {
  it("follows the outline of the reference format", () => {
    const report = reportFor([huaduSheet()]);
    expect(headings(report)).toEqual([
      "一、部门基本情况",
      "（一）部门职能",
      "1.主要职能",
      "2.机构设置情况",
      "3.人员编制情况",
      "（二）年度总体工作和重点工作任务",
      "（三）部门整体支出绩效目标",
      "（四）部门整体支出情况（以决算数为统计口径）",
      "二、绩效自评情况",
      "（一）自评结论",
      "（二）部门整体支出绩效指标分析",
      "1.预算编制情况",
      "2.预算执行情况",
      "3.预算使用效益",
      "（1）经济性",
      "（2）效果性",
      "（3）公平性",
      "三、存在问题及改进措施",
      "（一）存在问题",
      "（二）改进措施",
      "四、上年度问题整改情况",
    ]);
    expect(report.sections.map((section) => section.level)).toEqual([
      1, 2, 3, 3, 3, 2, 2, 2, 1, 2, 2, 3, 3, 3, 4, 4, 4, 1, 2, 2, 1,
    ]);
  });

  it("leaves every figure sentence out, and asks instead, when the workbook has neither table nor budget", () => {
    const report = reportFor([sheet("空表", [["说明"]])]);
    expect(report.title).toBe("部门整体支出绩效自评报告");
    expect(paragraphsUnder(report, "（四）部门整体支出情况（以决算数为统计口径）")).toEqual([
      "【请填写：部门决算收入、支出、“三公”经费、公用经费和政府采购情况】",
    ]);
    expect(paragraphsUnder(report, "1.预算编制情况")[0]).toBe("【请填写：年初预算数、调整预算数、全年执行数及结余】");
    expect(paragraphsUnder(report, "2.预算执行情况")[0]).toBe("【请填写：预算执行率等预算执行情况】");
    for (const heading of ["（1）经济性", "（2）效果性", "（3）公平性", "（二）改进措施", "四、上年度问题整改情况"]) {
      expect(paragraphsUnder(report, heading)).toHaveLength(1);
      expect(paragraphsUnder(report, heading)[0]).toMatch(/^【请填写：.+】$/);
    }
    const digits = report.sections.flatMap((s) => s.paragraphs).filter((p) => /\d/.test(plainText(p.runs)));
    expect(digits).toEqual([]);
  });

  it("asks for the total and the grade while a row waits for a hand score", () => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "质量指标", "制度建设", "健全", "较健全", 50],
      [null, "数量指标", "办理件数", "≥10件", "10件", 50],
    ];
    const report = reportFor([sheet("部门整体支出绩效自评表", [["部门整体支出绩效自评表"], ...rows])]);
    expect(paragraphsUnder(report, "（一）自评结论")[0]).toBe(
      "对照部门整体支出绩效评价指标逐一自评，本年度部门整体支出绩效综合评分为【请填写：综合评分（尚有指标待人工评分）】，评分等级为【请填写：评分等级】。",
    );
  });

  it("speaks of a project when the only table is a project table, and names it", () => {
    const report = reportFor([nationalProjectSheet(), yantianBudgetSheet()]);
    expect(paragraphsUnder(report, "（一）自评结论")[0]).toBe(
      "对照项目支出绩效评价指标逐一自评，“信访专项工作经费”绩效自评综合评分为98.63分，评分等级为优。",
    );
    expect(paragraphsUnder(report, "2.预算执行情况")).toContain(
      "“信访专项工作经费”：全年预算数797.14万元，全年执行数793.84万元，执行率99.59%，得分9.96分。",
    );
  });

  it("lists the other tables' scores after the main table's", () => {
    const report = reportFor([huaduSheet(), nationalProjectSheet()]);
    expect(paragraphsUnder(report, "（一）自评结论")[1]).toBe(
      "其他绩效自评表：“信访专项工作经费”98.63分，评分等级为优。",
    );
  });

  it("tells an over-achieved row by how far it passed, and asks why", () => {
    const report = reportFor([nationalProjectSheet()]);
    expect(paragraphsUnder(report, "（2）效果性")).toContain(
      "排查专项行动次数：年度指标值≥4次，实际完成5，超额完成年度指标值（为年度指标值的125.00%），得分15.00分（分值15.00分）。偏差原因：【请填写：实际完成值明显高于年度指标值的原因】。",
    );
    expect(paragraphsUnder(report, "（一）存在问题")).toContain(
      "“排查专项行动次数”实际完成值明显高于年度指标值（年度指标值≥4次，实际完成5），年度指标值设置偏低，原因：【请填写：超额完成原因】。",
    );
  });

  it("writes the facts a person gave: sentences as they are, one paragraph per line", () => {
    const facts: DepartmentFacts = {
      name: "某区信访局",
      year: "2024年",
      functions: ["受理来信来访", "督查督办"],
      authorisedStaff: "行政编制9名，事业编制3名",
      actualStaff: "10人",
      tasks: "（1）抓好源头治理\n（2）抓好甄别分流",
      goal: "信访事项及时受理率不低于95%",
    };
    const report = reportFor([huaduSheet()], facts);
    expect(report.title).toBe("某区信访局2024年度部门整体支出绩效自评报告");
    expect(paragraphsUnder(report, "1.主要职能")).toEqual(["（1）受理来信来访", "（2）督查督办"]);
    expect(paragraphsUnder(report, "3.人员编制情况")).toEqual(["行政编制9名，事业编制3名；实有人数10人。"]);
    expect(paragraphsUnder(report, "（二）年度总体工作和重点工作任务")).toEqual([
      "（1）抓好源头治理",
      "（2）抓好甄别分流",
    ]);
    expect(paragraphsUnder(report, "（三）部门整体支出绩效目标")).toEqual(["信访事项及时受理率不低于95%"]);
    expect(paragraphsUnder(report, "（一）自评结论")[0]).toContain("2024年度部门整体支出绩效综合评分为95.90分");
  });

  it("lists errors and warnings but not info, at most MAX_REPORTED_FINDINGS, and points to 校验结果 for the rest", () => {
    const analysis = analyseWorkbook(workbook(huaduSheet()));
    const many = Array.from({ length: MAX_REPORTED_FINDINGS + 5 }, (_, i) =>
      finding("ACTUAL_MISSING", { sheet: "Sheet1", cell: `E${i + 1}` }, { name: `指标${i + 1}` }),
    );
    const info = finding("SHEET_NOT_RECOGNISED", { sheet: "说明", cell: "A1" }, {});
    const input = { facts: {}, result: analysis.result, budget: null, findings: [info, ...many] };
    const problems = paragraphsUnder(buildReport(input), "（一）存在问题");
    expect(problems.filter((line) => line.startsWith("【警告】"))).toHaveLength(MAX_REPORTED_FINDINGS);
    expect(problems.some((line) => line.includes("说明 A1"))).toBe(false);
    expect(problems).toContain("其余问题详见“校验结果”工作表。");
    expect(problems[problems.length - 1]).toBe("【请填写：预算管理和绩效管理中存在的其他问题】");
  });
});

describe("mainTable", () => {
  it("prefers the first department table, else takes the first table", () => {
    const both = analyseWorkbook(workbook(nationalProjectSheet(), huaduSheet())).result;
    expect(mainTable(both)?.table.kind).toBe("department");
    const project = analyseWorkbook(workbook(nationalProjectSheet())).result;
    expect(mainTable(project)?.table.title).toBe("信访专项工作经费");
    expect(mainTable({ ...project, tables: [] })).toBeNull();
  });
});
