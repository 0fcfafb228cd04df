import { finding, type Finding } from "../../core/findings/types";
import { DEFAULT_SETTINGS } from "../settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET_NAME, type StateData } from "../state";
import { parseState } from "./parseState";
import { findSheet } from "./snapshotLookup";

/** The state of a workbook the add-in has never written to. */
export const EMPTY_STATE: StateData = {
  version: 1,
  written: {},
  savedFills: {},
  createdSheets: [],
  settings: DEFAULT_SETTINGS,
};

/**
 * The add-in's state, read from the very-hidden sheet: the JSON in A1, A2, … joined. No sheet → the empty state;
 * a sheet that does not hold a valid state → the empty state and a STATE_INVALID finding. A protected one is read all
 * the same, and STATE_PROTECTED says that nothing will be written (see `isStateProtected`).
 */
export function readState(snapshot: WorkbookSnapshot): { state: StateData; findings: Finding[] } {
  const sheet = findSheet(snapshot, STATE_SHEET_NAME);
  if (!sheet) return { state: EMPTY_STATE, findings: [] };
  const at = { sheet: STATE_SHEET_NAME, cell: "A1" };
  const findings = sheet.protected ? [finding("STATE_PROTECTED", at, {})] : [];
  const parsed = parseState(columnAText(sheet));
  if (parsed.ok) return { state: parsed.value, findings };
  return { state: EMPTY_STATE, findings: [...findings, finding("STATE_INVALID", at, { detail: parsed.error })] };
}

/** The text of column A from row 1 down to the first empty cell. */
function columnAText(sheet: SheetSnapshot): string {
  // The used range of a sheet the add-in wrote starts at A1; anything else was not written by it.
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0) return "";
  const chunks: string[] = [];
  for (const row of sheet.values) {
    const value = row[0];
    if (typeof value !== "string" || value === "") break;
    chunks.push(value);
  }
  return chunks.join("");
}
