import type { OwnedSheet } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET_NAME, type StateData } from "../state";
import { findSheet } from "./snapshotLookup";

/** Characters of JSON per cell: Excel caps a cell at 32,767, and a margin keeps clear of it. */
export const STATE_CHUNK_SIZE = 30000;

/** The very-hidden sheet holding the state as JSON, split down column A (A1, A2, …). */
export function stateSheet(state: StateData): OwnedSheet {
  return {
    name: STATE_SHEET_NAME,
    purpose: "state",
    visibility: "veryHidden",
    rows: splitJson(JSON.stringify(state)).map((chunk) => [{ value: chunk }]),
    columnWidths: [],
  };
}

/**
 * The state sheet is protected, so no command writes anything (STATE_PROTECTED). Every write must be recorded in the
 * state: outputs it did not record would count as a person's next time and never be updated again, and fills it did
 * not save could never be restored. A half-recorded write is worse than none.
 */
export function isStateProtected(snapshot: WorkbookSnapshot): boolean {
  return findSheet(snapshot, STATE_SHEET_NAME)?.protected === true;
}

/**
 * Cuts the text into chunks of at most STATE_CHUNK_SIZE characters. A cut never falls inside a surrogate pair (a
 * lone half would be mangled by the file format) nor next to a space (some hosts trim a cell's edges).
 */
function splitJson(json: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(start + STATE_CHUNK_SIZE, json.length);
    while (end < json.length && end > start + 1 && !isSafeCut(json, end)) end--;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

function isSafeCut(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const isHighSurrogate = before >= 0xd800 && before <= 0xdbff;
  return !isHighSurrogate && !/\s/.test(text.charAt(at - 1)) && !/\s/.test(text.charAt(at));
}
