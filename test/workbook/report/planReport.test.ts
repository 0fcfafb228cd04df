import { describe, expect, it } from "@jest/globals";
import { analyseWorkbook } from "../../../src/workbook/analyse";
import type { WritePlan } from "../../../src/workbook/plan";
import { planReport, reportOf } from "../../../src/workbook/report/planReport";
import { generateReport } from "../../../src/workbook/report/generateReport";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import { planRecalculation } from "../../../src/workbook/write/buildPlan";
import { isOwnedSheetName } from "../../../src/workbook/write/ownedSheets";
import { readState } from "../../../src/workbook/write/readState";
import { sheet, workbook } from "../sheetBuilder";
import { applyPlanToSnapshot } from "../write/applyPlan";
import { memoryHost } from "../write/memoryHost";
import { SEED_WORKBOOKS } from "./fixtures/seedWorkbooks";

const apply = (snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot =>
  applyPlanToSnapshot(snapshot, {}, plan).snapshot;
const names = (snapshot: WorkbookSnapshot) => snapshot.sheets.map((s) => s.name);
const sheetNamed = (snapshot: WorkbookSnapshot, name: string) => snapshot.sheets.find((s) => s.name === name);

describe("planReport", () => {
  it("adds the 自评报告 sheet and records it in the state, touching no cell and no fill", () => {
    const plan = planReport(analyseWorkbook(SEED_WORKBOOKS["004"]()));
    expect(plan.cells).toEqual([]);
    expect(plan.fills).toEqual([]);
    expect(plan.removeSheets).toEqual([]);
    expect(plan.sheets.map((s) => [s.name, s.purpose])).toEqual([
      ["自评报告", "report"],
      [STATE_SHEET_NAME, "state"],
    ]);
    const after = apply(SEED_WORKBOOKS["004"](), plan);
    expect(readState(after).state.createdSheets).toEqual(["自评报告", STATE_SHEET_NAME]);
  });

  it("replaces its own sheet when run again, and the workbook ends as after once", () => {
    const once = apply(SEED_WORKBOOKS["004"](), planReport(analyseWorkbook(SEED_WORKBOOKS["004"]())));
    const again = planReport(analyseWorkbook(once));
    expect(again.sheets[0]?.name).toBe("自评报告");
    expect(again.removeSheets).toEqual([]);
    const twice = apply(once, again);
    expect(names(twice)).toEqual(names(once));
    expect(sheetNamed(twice, "自评报告")).toEqual(sheetNamed(once, "自评报告"));
    expect(readState(twice).state).toEqual(readState(once).state);
  });

  it("never touches a person's sheet named 自评报告: it writes 自评报告 (2), and moves back once that sheet is gone", () => {
    const mine = sheet("自评报告", [["我自己写的报告"], ["第二段"]]);
    const start = workbook(...SEED_WORKBOOKS["004"]().sheets, mine);
    const plan = planReport(analyseWorkbook(start));
    expect(plan.sheets.map((s) => s.name)).toEqual(["自评报告 (2)", STATE_SHEET_NAME]);
    expect(plan.removeSheets).toEqual([]);
    const after = apply(start, plan);
    expect(sheetNamed(after, "自评报告")).toEqual(mine);

    const rerun = planReport(analyseWorkbook(after));
    expect(rerun.sheets[0]?.name).toBe("自评报告 (2)");
    expect(sheetNamed(apply(after, rerun), "自评报告")).toEqual(mine);

    const withoutMine = workbook(...after.sheets.filter((s) => s !== sheetNamed(after, "自评报告")));
    const moved = planReport(analyseWorkbook(withoutMine));
    expect(moved.sheets[0]?.name).toBe("自评报告");
    expect(moved.removeSheets).toEqual(["自评报告 (2)"]);
  });

  it("is kept by a later recalculation, which reads nothing from it", () => {
    const withReport = apply(SEED_WORKBOOKS["004"](), planReport(analyseWorkbook(SEED_WORKBOOKS["004"]())));
    const analysis = analyseWorkbook(withReport);
    expect(analysis.sheets.map((s) => s.sheet)).not.toContain("自评报告");
    const recalculation = planRecalculation(analysis, {});
    expect(recalculation.removeSheets).toEqual([]);
    const after = apply(withReport, recalculation);
    expect(readState(after).state.createdSheets).toEqual(["自评报告", STATE_SHEET_NAME, "校验结果"]);
  });

  it("drafts from the facts given, or from the workbook's 基本情况", () => {
    const analysis = analyseWorkbook(SEED_WORKBOOKS["004"]());
    expect(reportOf(analysis).title).toBe("深圳市盐田区信访局2023年度部门整体支出绩效自评报告");
    expect(reportOf(analysis, { name: "另一个局" }).title).toBe("另一个局部门整体支出绩效自评报告");
    const plan = planReport(analysis, reportOf(analysis, { name: "另一个局" }));
    expect(plan.sheets[0]?.rows[0]?.[0]?.value).toBe("另一个局部门整体支出绩效自评报告");
  });
});

describe("generateReport", () => {
  it("reads once and writes once, and hands back the report it wrote", async () => {
    const host = memoryHost({ snapshot: SEED_WORKBOOKS["004"](), fills: {} });
    const run = await generateReport(host);
    expect(host.calls).toEqual(["readSnapshot", "apply"]);
    expect(run.narrative.title).toBe("深圳市盐田区信访局2023年度部门整体支出绩效自评报告");
    expect(names(host.book.snapshot)).toContain("自评报告");
  });
});

describe("isOwnedSheetName", () => {
  it.each([
    ["自评报告", true],
    ["自评报告 (2)", true],
    ["自评报告 (12)", true],
    ["自评报告（2）", false],
    ["自评报告 (2) 副本", false],
    ["校验结果", false],
  ])("%p → %p", (name, owned) => {
    expect(isOwnedSheetName("自评报告", name)).toBe(owned);
  });
});
