import { DEFAULT_SETTINGS } from "../../../src/workbook/settings";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { STATE_SHEET_NAME, type StateData } from "../../../src/workbook/state";
import { ownedValueOf } from "../../../src/workbook/write/ownership";
import { EMPTY_STATE, readState } from "../../../src/workbook/write/readState";
import { STATE_CHUNK_SIZE, stateSheet } from "../../../src/workbook/write/stateSheet";
import { applyPlanToSnapshot } from "./applyPlan";
import { makeSheet } from "./factories";

const withState = (state: StateData): WorkbookSnapshot =>
  applyPlanToSnapshot({ sheets: [] }, {}, { cells: [], fills: [], sheets: [stateSheet(state)], removeSheets: [] })
    .snapshot;

const withColumnA = (...values: string[]): WorkbookSnapshot => ({
  sheets: [makeSheet(STATE_SHEET_NAME, Object.fromEntries(values.map((value, i) => [`A${i + 1}`, value])))],
});

const small: StateData = {
  version: 1,
  written: { 项目表: { E6: 4.5, E11: "优" } },
  savedFills: { 项目表: { E6: "#00B0F0", C6: null } },
  createdSheets: ["校验结果", STATE_SHEET_NAME],
  settings: { rules: { id: "mof-2020", overAchievementRatio: 1.3 }, ignoredSheets: ["说明"] },
};

/** A state of about 200,000 characters: sheet names with spaces and characters outside the BMP (𠀀). */
function large(): StateData {
  const cells = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`E${i + 1}`, `等级 𠀀 ${i}`]));
  const written = Object.fromEntries(Array.from({ length: 5 }, (_, s) => [`表 ${s} 𠀀`, cells]));
  return { ...small, written };
}

describe("stateSheet and readState", () => {
  it("write the state into a very-hidden sheet and read it back unchanged", () => {
    const sheet = stateSheet(small);
    expect(sheet).toMatchObject({ name: STATE_SHEET_NAME, purpose: "state", visibility: "veryHidden" });
    expect(readState(withState(small))).toEqual({ state: small, findings: [] });
  });

  it("split a state longer than one cell over A1, A2, … and join it again", () => {
    const state = large();
    const rows = stateSheet(state).rows;
    expect(rows.length).toBeGreaterThan(5);
    for (const [cell] of rows) {
      const text = String(cell?.value);
      expect(text.length).toBeLessThanOrEqual(STATE_CHUNK_SIZE);
      expect(text).toBe(text.trim());
      expect(text.charCodeAt(text.length - 1) >= 0xd800 && text.charCodeAt(text.length - 1) <= 0xdbff).toBe(false);
    }
    expect(readState(withState(state))).toEqual({ state, findings: [] });
  });

  it("give the empty state with default settings when the workbook has none", () => {
    expect(readState({ sheets: [makeSheet("项目表", { A1: "x" })] })).toEqual({ state: EMPTY_STATE, findings: [] });
    expect(EMPTY_STATE.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("report STATE_INVALID and start afresh when the JSON is corrupt", () => {
    const { state, findings } = readState(withColumnA('{"version":1,"written":{'));
    expect(state).toEqual(EMPTY_STATE);
    expect(findings).toEqual([
      expect.objectContaining({ code: "STATE_INVALID", severity: "warning", sheet: STATE_SHEET_NAME, cell: "A1" }),
    ]);
  });

  it.each([
    ["another version", { ...small, version: 2 }],
    ["a written value that is not a number or text", { ...small, written: { 项目表: { E6: true } } }],
    ["a saved fill that is not a colour", { ...small, savedFills: { 项目表: { E6: 3 } } }],
    ["no list of created sheets", { ...small, createdSheets: "校验结果" }],
    ["ignored sheets that are not names", { ...small, settings: { rules: "mof-2020", ignoredSheets: [1] } }],
    ["a written cell in lower case", { ...small, written: { 项目表: { e6: 4.5 } } }],
    ["a written cell past column XFD", { ...small, written: { 项目表: { XFE1: 4.5 } } }],
    ["a written cell in row 0", { ...small, written: { 项目表: { E0: 4.5 } } }],
    ["a written range", { ...small, written: { 项目表: { "E6:E7": 4.5 } } }],
    ["a saved fill at an absolute address", { ...small, savedFills: { 项目表: { $E$6: null } } }],
    ["a saved fill past row 1,048,576", { ...small, savedFills: { 项目表: { E1048577: null } } }],
    ["a saved fill at no address", { ...small, savedFills: { 项目表: { toString: null } } }],
    ["a saved colour by name", { ...small, savedFills: { 项目表: { E6: "red" } } }],
    ["a saved colour of three digits", { ...small, savedFills: { 项目表: { E6: "#FFF" } } }],
  ])("report STATE_INVALID for JSON with %s", (_, data) => {
    const { state, findings } = readState(withColumnA(JSON.stringify(data)));
    expect(state).toEqual(EMPTY_STATE);
    expect(findings.map((f) => f.code)).toEqual(["STATE_INVALID"]);
  });

  it("take default settings when a state has none", () => {
    const withoutSettings = { version: 1, written: {}, savedFills: {}, createdSheets: [] };
    expect(readState(withColumnA(JSON.stringify(withoutSettings))).state.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("ownedValueOf", () => {
  it("gives what the add-in wrote into a cell, and nothing for any other cell", () => {
    const owned = ownedValueOf(small);
    expect(owned({ sheet: "项目表", cell: "E6" })).toBe(4.5);
    expect(owned({ sheet: "项目表", cell: "E7" })).toBeUndefined();
    expect(owned({ sheet: "constructor", cell: "E6" })).toBeUndefined();
    expect(owned({ sheet: "项目表", cell: "toString" })).toBeUndefined();
  });
});
