import { analyseWorkbook } from "../../../src/workbook/analyse";
import type { WritePlan } from "../../../src/workbook/plan";
import { planReport } from "../../../src/workbook/report/planReport";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import { fillsToRead, planRecalculation } from "../../../src/workbook/write/buildPlan";
import { planClearMarks } from "../../../src/workbook/write/clearMarks";
import { applyPlanToSnapshot } from "./applyPlan";
import { projectSheet } from "./projectSheet";

/**
 * The state sheet protected (by a macro that protects every sheet, or a person who unhid it): the add-in could still
 * write the outputs but not record them, and the next run would take its own values for a person's and could not
 * restore the fills it replaced. So nothing is written, and STATE_PROTECTED says why.
 */

const NOTHING: WritePlan = { cells: [], fills: [], sheets: [], removeSheets: [] };

/** The project table after one recalculation (outputs, fills and the state written), its state sheet then protected. */
function recalculatedOnce(protectState: boolean): WorkbookSnapshot {
  const fresh: WorkbookSnapshot = { sheets: [projectSheet()] };
  const analysis = analyseWorkbook(fresh);
  const fills = Object.fromEntries(fillsToRead(analysis).map(({ sheet, cell }) => [`${sheet}!${cell}`, null]));
  const { snapshot } = applyPlanToSnapshot(fresh, {}, planRecalculation(analysis, fills));
  const protect = (sheet: SheetSnapshot): SheetSnapshot =>
    sheet.name === STATE_SHEET_NAME ? { ...sheet, protected: protectState } : sheet;
  return { sheets: snapshot.sheets.map(protect) };
}

describe("a protected state sheet", () => {
  const analysis = analyseWorkbook(recalculatedOnce(true));

  it("is reported at the state sheet as STATE_PROTECTED, an error", () => {
    expect(analysis.findings.filter((f) => f.sheet === STATE_SHEET_NAME)).toEqual([
      { code: "STATE_PROTECTED", severity: "error", sheet: STATE_SHEET_NAME, cell: "A1", params: {} },
    ]);
  });

  it("still is read: the add-in's own outputs stay the add-in's, not a person's", () => {
    expect(Object.keys(analysis.state.written)).toEqual(["项目表"]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("SCORE_MISMATCH");
  });

  it("stops every command from writing anything", () => {
    expect(planRecalculation(analysis, {})).toEqual(NOTHING);
    expect(planClearMarks(analysis)).toEqual(NOTHING);
    expect(planReport(analysis)).toEqual(NOTHING);
  });

  it("while an unprotected one lets them write", () => {
    const writable = analyseWorkbook(recalculatedOnce(false));
    expect(writable.findings.map((f) => f.code)).not.toContain("STATE_PROTECTED");
    for (const plan of [planRecalculation(writable, {}), planClearMarks(writable), planReport(writable)]) {
      expect(plan.sheets.map((sheet) => sheet.name)).toContain(STATE_SHEET_NAME);
    }
  });
});
