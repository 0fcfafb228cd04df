import type { Analysis } from "../analyse";
import { NO_WRITES, type WritePlan } from "../plan";
import { planHighlights } from "./highlights";
import { isStateProtected, stateSheet } from "./stateSheet";

/**
 * 清除标记: every fill the add-in replaced gets its original back exactly (null: no fill), and the state forgets
 * them. Values stay. A workbook with nothing saved gets an empty plan, so the command never creates the state
 * sheet; so does one whose state sheet is protected, as the state could not forget the restored fills.
 */
export function planClearMarks(analysis: Analysis): WritePlan {
  const { snapshot, state } = analysis;
  if (Object.keys(state.savedFills).length === 0 || isStateProtected(snapshot)) return NO_WRITES;
  const { fills, savedFills } = planHighlights([], {}, state.savedFills, snapshot);
  return { cells: [], fills, sheets: [stateSheet({ ...state, savedFills })], removeSheets: [] };
}
