import { planRecalculation } from "../../../src/workbook/write/buildPlan";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import { EMPTY_STATE, readState } from "../../../src/workbook/write/readState";
import { stateSheet } from "../../../src/workbook/write/stateSheet";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { makeAnalysis, makeIndicator, makeResult, makeSheet, makeTable, TABLE } from "./factories";
import type { CellSpec } from "../sheetBuilder";
import { applyPlanToSnapshot } from "./applyPlan";

/** A workbook holding the table's cells and, when given, a state sheet saying what the add-in wrote. */
function workbook(
  cells: { readonly [a1: string]: CellSpec },
  written: { readonly [a1: string]: number | string } = {},
  options: { readonly protected?: boolean } = {},
): WorkbookSnapshot {
  const state = { ...EMPTY_STATE, written: { [TABLE]: written }, createdSheets: [STATE_SHEET_NAME] };
  const stateWorkbook = applyPlanToSnapshot(
    { sheets: [] },
    {},
    { cells: [], fills: [], sheets: [stateSheet(state)], removeSheets: [] },
  );
  return {
    sheets: [makeSheet(TABLE, { A1: "项目支出绩效自评表", ...cells }, options), ...stateWorkbook.snapshot.sheets],
  };
}

const oneRow = makeResult([makeTable([makeIndicator(6, { computedScore: 4.5 })], { total: 4.5, grade: "差" })]);
const plan = (snapshot: WorkbookSnapshot, result = oneRow) => planRecalculation(makeAnalysis(snapshot, result), {});
const cellsOf = (snapshot: WorkbookSnapshot, result = oneRow) =>
  Object.fromEntries(plan(snapshot, result).cells.map((write) => [write.cell, write]));
const writtenAfter = (snapshot: WorkbookSnapshot, result = oneRow) => {
  const applied = applyPlanToSnapshot(snapshot, {}, plan(snapshot, result));
  return readState(applied.snapshot).state.written[TABLE] ?? {};
};

describe("planRecalculation: ownership", () => {
  it("fills empty output cells with their number formats and records them", () => {
    const cells = cellsOf(workbook({}));
    expect(cells["E6"]).toEqual({ sheet: TABLE, cell: "E6", value: 4.5, numberFormat: "0.00" });
    expect(cells["E10"]).toEqual({ sheet: TABLE, cell: "E10", value: 4.5, numberFormat: "0.00" });
    expect(cells["E11"]).toEqual({ sheet: TABLE, cell: "E11", value: "差" });
    expect(writtenAfter(workbook({}))).toEqual({ E6: 4.5, E10: 4.5, E11: "差" });
  });

  it("treats a cell holding only spaces as empty", () => {
    expect(cellsOf(workbook({ E6: "  " }))["E6"]?.value).toBe(4.5);
  });

  it("keeps a value a person typed and does not claim it", () => {
    const snapshot = workbook({ E6: 3 });
    expect(cellsOf(snapshot)["E6"]).toBeUndefined();
    expect(writtenAfter(snapshot)["E6"]).toBeUndefined();
  });

  it("keeps a typed value that differs from the add-in's last value", () => {
    expect(cellsOf(workbook({ E6: 3 }, { E6: 4 }))["E6"]).toBeUndefined();
  });

  it("overwrites a cell still holding exactly what the add-in wrote last time", () => {
    const snapshot = workbook({ E6: 4 }, { E6: 4 });
    expect(cellsOf(snapshot)["E6"]?.value).toBe(4.5);
    expect(writtenAfter(snapshot)["E6"]).toBe(4.5);
  });

  it("never writes a cell holding a formula, even one the add-in once owned", () => {
    const snapshot = workbook({ E6: { formula: "=D6*0.9", value: 4 } }, { E6: 4 });
    expect(cellsOf(snapshot)["E6"]).toBeUndefined();
    expect(writtenAfter(snapshot)["E6"]).toBeUndefined();
  });

  it("clears an owned cell whose value the engine no longer computes, and forgets it", () => {
    const manual = makeResult([
      makeTable([makeIndicator(6, { computedScore: null, status: "manual" })], { total: null, grade: null }),
    ]);
    const snapshot = workbook({ E6: 4.5, E10: 4.5, E11: "差" }, { E6: 4.5, E10: 4.5, E11: "差" });
    const cells = cellsOf(snapshot, manual);
    expect(cells["E6"]).toEqual({ sheet: TABLE, cell: "E6", value: null });
    expect(cells["E11"]).toEqual({ sheet: TABLE, cell: "E11", value: null });
    expect(writtenAfter(snapshot, manual)).toEqual({});
  });

  it("leaves an uncomputed cell a person typed in alone", () => {
    const manual = makeResult([makeTable([makeIndicator(6, { computedScore: null, status: "manual" })])]);
    expect(cellsOf(workbook({ E6: 4 }, { E6: 4.5 }), manual)["E6"]).toBeUndefined();
  });

  it("writes 执行率 and the filled 实际完成值 of a ratio row as fractions formatted as percent", () => {
    const result = makeResult([
      makeTable([makeIndicator(6, { filledActual: 95.5 })], { fund: { rate: 0.9959, score: 9.96 } }),
    ]);
    const cells = cellsOf(workbook({}), result);
    expect(cells["F3"]).toMatchObject({ value: 0.9959, numberFormat: "0.00%" });
    expect(cells["G3"]).toMatchObject({ value: 9.96, numberFormat: "0.00" });
    expect(cells["C6"]).toMatchObject({ numberFormat: "0.00%" });
    expect(cells["C6"]?.value).toBeCloseTo(0.955, 12);
  });

  it("does not clear an owned 实际完成值 the engine did not fill this time: it is input, not an output", () => {
    const snapshot = workbook({ C6: 0.955 }, { C6: 0.955 });
    expect(cellsOf(snapshot)["C6"]).toBeUndefined();
    expect(writtenAfter(snapshot)["C6"]).toBe(0.955);
  });

  it("writes nothing on a protected sheet and keeps what it owned there", () => {
    const snapshot = workbook({ E6: 4 }, { E6: 4 }, { protected: true });
    const result = plan(snapshot);
    expect(result.cells).toEqual([]);
    expect(result.fills).toEqual([]);
    expect(writtenAfter(snapshot)).toEqual({ E6: 4 });
  });
});
