import { buildReport } from "../../core/report/buildReport";
import type { DepartmentFacts, Report } from "../../core/report/types";
import type { Analysis } from "../analyse";
import { NO_WRITES, type WritePlan } from "../plan";
import { readDepartmentFacts } from "../read/readFacts";
import type { StateData } from "../state";
import { ownedSheetName, sheetsOwned } from "../write/ownedSheets";
import { isStateProtected, stateSheet } from "../write/stateSheet";
import { REPORT_SHEET_NAME, reportSheet } from "./reportSheet";

/** The 基本情况 of an analysed workbook, read from the sheets the analysis read (not the add-in's, not ignored ones). */
export function factsOf(analysis: Analysis): DepartmentFacts {
  const ignoredSheets = [...analysis.settings.ignoredSheets, ...analysis.state.createdSheets];
  return readDepartmentFacts(analysis.snapshot, { ignoredSheets });
}

/** The report of an analysed workbook, with every finding the analysis made (the reader's included). */
export function reportOf(analysis: Analysis, facts: DepartmentFacts = factsOf(analysis)): Report {
  return buildReport({ facts, result: analysis.result, budget: analysis.model.budget, findings: analysis.findings });
}

/**
 * The write plan of 生成自评报告 (SPEC §4): the 自评报告 sheet, added or replaced — only ever the sheet the add-in made;
 * while a person's sheet of that name is in the way it goes to `自评报告 (2)` — and the state sheet recording it.
 * Cells and fills are not touched: a recalculation does those.
 */
export function planReport(analysis: Analysis, report: Report = reportOf(analysis)): WritePlan {
  const { snapshot, state } = analysis;
  if (isStateProtected(snapshot)) return NO_WRITES;
  const name = ownedSheetName(REPORT_SHEET_NAME, snapshot, state.createdSheets);
  const sheets = sheetsOwned(snapshot, state.createdSheets, REPORT_SHEET_NAME, name);
  const next: StateData = { ...state, createdSheets: sheets.created, settings: analysis.settings };
  return {
    cells: [],
    fills: [],
    sheets: [reportSheet(report, name), stateSheet(next)],
    removeSheets: sheets.removed,
  };
}
