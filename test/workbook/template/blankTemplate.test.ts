import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { loadWorkbook } from "../../../src/hosts/xlsx/openXlsxHost";
import { readSnapshot } from "../../../src/hosts/xlsx/readSnapshot";
import { saveSheets } from "../../../src/hosts/xlsx/saveSheets";
import { FACTS_LABELS, readDepartmentFacts } from "../../../src/workbook/read/readFacts";
import { readWorkbookModel } from "../../../src/workbook/read/readWorkbookModel";
import { blankTemplate } from "../../../src/workbook/template/blankTemplate";
import type { TemplateKind, TemplateSheet } from "../../../src/workbook/template/types";

/** The sheets written to a real file and read back as a snapshot, as a workbook a person filled would be. */
async function snapshotOf(sheets: readonly TemplateSheet[]) {
  const path = join(await mkdtemp(join(tmpdir(), "selfeval-template-")), "template.xlsx");
  await saveSheets(sheets, path);
  return readSnapshot(await loadWorkbook(path));
}

/** The template read back by the workbook layer. */
async function readBack(kind: TemplateKind) {
  return readWorkbookModel(await snapshotOf(blankTemplate(kind)), () => undefined);
}

const texts = (kind: TemplateKind): string[] =>
  blankTemplate(kind).flatMap((sheet) => sheet.rows.flatMap((row) => row.map((cell) => String(cell.value ?? ""))));

describe("blankTemplate", () => {
  it("lays out the national project form: header lines, fund block, 一级 weights, placeholders, 总分 and 等级", () => {
    const labels = texts("project");
    for (const label of ["项目名称", "主管部门", "实施单位", "年度资金总额", "其中：当年财政拨款", "年度总体目标"]) {
      expect(labels).toContain(label);
    }
    for (const label of ["产出指标(50分)", "效益指标(30分)", "满意度指标(10分)", "指标1", "总分", "自评等级"]) {
      expect(labels).toContain(label);
    }
    const [sheet] = blankTemplate("project");
    // The 一级 cells are merged down over their 二级 rows: 4 产出, 4 效益.
    expect(sheet?.merges?.filter((range) => /^A(\d+):A(\d+)$/.test(range))).toHaveLength(3);
  });

  it("gives the department form its 基本情况 block", () => {
    const labels = texts("department");
    const block = ["基本情况", "部门名称", "年度", "主要职能", "机构设置", "人员编制", "实有人数", "年度工作任务"];
    for (const label of [...block, "部门整体支出绩效目标"]) {
      expect(labels).toContain(label);
    }
  });

  it("reads the project template back as a project table with its fund block and declared weights", async () => {
    const { model, findings } = await readBack("project");
    expect(findings).toEqual([]);
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table?.kind).toBe("project");
    expect(table?.fund?.weight).toBe(10);
    expect(table?.declaredWeights.map((d) => [d.name, d.weight])).toEqual([
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
    expect(table?.indicators).toEqual([]);
    expect(table?.at.total).toBeDefined();
    expect(table?.at.grade).toBeDefined();
  });

  it("reads the department template back as a department table", async () => {
    const { model } = await readBack("department");
    expect(model.tables.map((table) => table.kind)).toEqual(["department"]);
    expect(model.tables[0]?.declaredWeights.map((d) => d.weight)).toEqual([50, 30, 10]);
  });

  it("reads back every 基本情况 line of the department template once filled in, into the report's facts", async () => {
    const labels = new Set(Object.values(FACTS_LABELS).flat());
    // A person types each value into the cell right of its label.
    const filled = blankTemplate("department").map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        row.map((cell, col) => {
          const label = String(row[col - 1]?.value ?? "");
          return labels.has(label) ? { ...cell, value: `填写的${label}` } : cell;
        }),
      ),
    }));
    expect(readDepartmentFacts(await snapshotOf(filled))).toEqual({
      name: "填写的部门名称",
      year: "填写的年度",
      functions: ["填写的主要职能"],
      organisation: "填写的机构设置",
      authorisedStaff: "填写的人员编制",
      actualStaff: "填写的实有人数",
      tasks: "填写的年度工作任务",
      goal: "填写的部门整体支出绩效目标",
    });
  });

  it("reads the budget template back as a budget table with every known item under its total", async () => {
    const { model } = await readBack("budget");
    const budget = model.budget;
    expect(budget?.columns).toEqual(["initial", "adjustment", "adjusted", "executed", "prior"]);
    const items = budget?.items ?? [];
    const parentKey = (key: string) => {
      const item = items.find((i) => i.key === key);
      return item?.parent === null || item?.parent === undefined ? null : items[item.parent]?.key;
    };
    expect(items.every((item) => item.key !== null)).toBe(true);
    expect(parentKey("fiscalIncome")).toBe("incomeTotal");
    expect(parentKey("basicExpenditure")).toBe("expenditureTotal");
    expect(parentKey("goodsAndServices")).toBe("basicExpenditure");
    expect(parentKey("capital")).toBe("basicExpenditure");
    expect(parentKey("projectExpenditure")).toBe("expenditureTotal");
    expect(parentKey("officialReception")).toBe("threePublic");
    expect(parentKey("publicFunds")).toBeNull();
  });
});
