import type { Locale } from "../../core/findings/render";
import type { CellRef } from "../../core/location";
import type { Analysis } from "../analyse";
import { NO_WRITES, type WritePlan } from "../plan";
import type { CellFills } from "../snapshot";
import type { StateData } from "../state";
import { FINDINGS_SHEET_NAME, findingsSheet, findingsSheetName } from "./findingsSheet";
import { highlightsOf, planHighlights, type Highlight } from "./highlights";
import { planOutputWrites } from "./ownership";
import { sheetsOwned } from "./ownedSheets";
import { isStateProtected, stateSheet } from "./stateSheet";

// A host asks for the cells to read fills of, then for the plan: both need the analysis's highlights, found once.
const HIGHLIGHTS = new WeakMap<Analysis, readonly Highlight[]>();

function highlightsFor(analysis: Analysis): readonly Highlight[] {
  let highlights = HIGHLIGHTS.get(analysis);
  if (highlights === undefined) {
    highlights = highlightsOf(analysis.result, analysis.findings, analysis.snapshot);
    HIGHLIGHTS.set(analysis, highlights);
  }
  return highlights;
}

/** The cells the plan will highlight, whose current fills the host reads (in one batch) before planning. */
export function fillsToRead(analysis: Analysis): readonly CellRef[] {
  return highlightsFor(analysis);
}

/**
 * The write plan of 一键计算 (SPEC §4): the output cells the add-in owns, the highlights (original fills saved), the
 * 校验结果 sheet, and last the state sheet recording all of it. Planning the result of applying this plan again
 * gives the same plan, so recalculating twice leaves the workbook as once.
 * @param fills the current fills of `fillsToRead(analysis)`.
 */
export function planRecalculation(analysis: Analysis, fills: CellFills, locale: Locale = "zh-CN"): WritePlan {
  const { snapshot, state } = analysis;
  if (isStateProtected(snapshot)) return NO_WRITES;
  const outputs = planOutputWrites(analysis.outputs, snapshot, state.written);
  const marks = planHighlights(highlightsFor(analysis), fills, state.savedFills, snapshot);
  const findingsName = findingsSheetName(snapshot, state.createdSheets);
  const sheets = sheetsOwned(snapshot, state.createdSheets, FINDINGS_SHEET_NAME, findingsName);
  const next: StateData = {
    version: 1,
    written: outputs.written,
    savedFills: marks.savedFills,
    createdSheets: sheets.created,
    settings: analysis.settings,
  };
  return {
    cells: outputs.cells,
    fills: marks.fills,
    sheets: [findingsSheet(findingsName, analysis.findings, snapshot, locale), stateSheet(next)],
    removeSheets: sheets.removed,
  };
}
