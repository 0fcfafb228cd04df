import { describe, expect, it } from "@jest/globals";
import { readDepartmentFacts } from "../../../src/workbook/read/readFacts";
import { readWorkbookModel } from "../../../src/workbook/read/readWorkbookModel";
import { blankTemplate } from "../../../src/workbook/template/blankTemplate";
import { sheet, workbook, type CellSpec } from "../sheetBuilder";

describe("readDepartmentFacts", () => {
  it("reads label / value pairs anywhere in a sheet, the value in the next non-empty cell to the right", () => {
    const facts = readDepartmentFacts(
      workbook(
        sheet(
          "封面",
          [
            [],
            [null, "基本情况"],
            [null, "部门名称", null, "某区信访局", "年度", 2023],
            [null, "机构设置", "办公室、接访股、督查股"],
            [null, "编制数（人）：", 14, "实有人数", "13人"],
          ],
          { origin: "C3" },
        ),
      ),
    );
    expect(facts).toEqual({
      name: "某区信访局",
      year: "2023",
      organisation: "办公室、接访股、督查股",
      authorisedStaff: "14",
      actualStaff: "13人",
    });
  });

  it("reads a value after a colon in the label's own cell, full-width or not", () => {
    expect(readDepartmentFacts(workbook(sheet("说明", [["部门名称：某区信访局"], ["年度:2024"]])))).toEqual({
      name: "某区信访局",
      year: "2024",
    });
  });

  it("takes a row's value only when it is not the next label, so an empty value stays missing", () => {
    const facts = readDepartmentFacts(workbook(sheet("基本情况", [["人员编制", null, "实有人数", 13]])));
    expect(facts).toEqual({ actualStaff: "13" });
  });

  it("collects the rows of a label merged down, and splits the 职能 into items without their numbering", () => {
    const merged = sheet(
      "基本情况",
      [
        ["主要职能", "1.受理群众来信来访"],
        [null, "2.承办交办的信访事项"],
        [null, "3.指导全区信访工作"],
        ["年度工作任务", "（1）抓好源头治理\n（2）推进法治化"],
      ],
      { merges: ["A1:A3"] },
    );
    expect(readDepartmentFacts(workbook(merged))).toEqual({
      functions: ["受理群众来信来访", "承办交办的信访事项", "指导全区信访工作"],
      tasks: "（1）抓好源头治理\n（2）推进法治化",
    });
  });

  it("takes the goal from a table's 预期目标 (its value stands below) unless a label names the goal", () => {
    const goals = sheet(
      "部门整体支出绩效自评表",
      [
        ["年度总体目标", "预期目标", null, "实际完成情况"],
        [null, "及时就地解决群众合理诉求", null, "完成"],
      ],
      { merges: ["A1:A2", "B1:C1", "B2:C2"] },
    );
    expect(readDepartmentFacts(workbook(goals))).toEqual({ goal: "及时就地解决群众合理诉求" });
    const named = sheet("基本情况", [["部门整体支出绩效目标", "维护社会大局和谐稳定"]]);
    expect(readDepartmentFacts(workbook(goals, named)).goal).toBe("维护社会大局和谐稳定");
  });

  it("keeps the first value found, and skips the add-in's sheets and the ignored ones", () => {
    const first = sheet("甲", [["部门名称", "第一局"]]);
    const second = sheet("乙", [
      ["部门名称", "第二局"],
      ["年度", 2022],
    ]);
    const report = sheet("自评报告", [
      ["部门名称", "报告里的名称"],
      ["机构设置", "报告里的机构"],
    ]);
    const state = sheet("_selfeval_state", [["部门名称", "状态"]]);
    expect(readDepartmentFacts(workbook(report, state, first, second))).toEqual({ name: "第一局", year: "2022" });
    expect(readDepartmentFacts(workbook(first, second), { ignoredSheets: ["甲"] })).toEqual({
      name: "第二局",
      year: "2022",
    });
  });

  it("reads the 基本情况 block of the department template once a person has filled it in", () => {
    const [template] = blankTemplate("department");
    const typed: { [label: string]: string | number } = {
      部门名称: "某区信访局",
      年度: 2024,
      主要职能: "（1）受理来信来访（2）督查督办",
      机构设置: "办公室、接访股",
      人员编制: 14,
      实有人数: 13,
    };
    const rows: CellSpec[][] = template.rows.map((row) => row.map((cell) => cell.value));
    for (const row of rows) {
      row.forEach((value, col) => {
        const entry = typeof value === "string" ? typed[value] : undefined;
        if (entry !== undefined) row[col + 1] = entry;
      });
    }
    const filled = sheet(template.name, rows, { merges: template.merges ?? [] });
    expect(readDepartmentFacts(workbook(filled))).toEqual({
      name: "某区信访局",
      year: "2024",
      functions: ["受理来信来访", "督查督办"],
      organisation: "办公室、接访股",
      authorisedStaff: "14",
      actualStaff: "13",
    });
  });
});

describe("a sheet holding only the 基本情况", () => {
  it("is input, not an unrecognised sheet", () => {
    const facts = sheet("基本情况", [["部门名称", "某区信访局"]]);
    const notes = sheet("说明", [["本工作簿用于绩效自评"]]);
    const { findings } = readWorkbookModel(workbook(facts, notes), () => undefined);
    expect(findings.filter((f) => f.code === "SHEET_NOT_RECOGNISED").map((f) => f.sheet)).toEqual(["说明"]);
  });
});
