import { finding } from "../../../src/core/findings/types";
import type { WritePlan } from "../../../src/workbook/plan";
import { fillKey, type CellFills, type WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { fillsToRead, planRecalculation } from "../../../src/workbook/write/buildPlan";
import { planClearMarks } from "../../../src/workbook/write/clearMarks";
import { HIGHLIGHT } from "../../../src/workbook/write/colors";
import { readState } from "../../../src/workbook/write/readState";
import { applyPlanToSnapshot, type Workbook } from "./applyPlan";
import { makeAnalysis, makeIndicator, makeResult, makeSheet, makeTable, TABLE } from "./factories";
import type { WorkbookResult } from "../../../src/core/results";

const key = (cell: string) => fillKey(TABLE, cell);
const fillsOf = (plan: WritePlan) => Object.fromEntries(plan.fills.map((fill) => [fill.cell, fill.color]));
const start = (): Workbook => ({ snapshot: { sheets: [makeSheet(TABLE, { A1: "项目支出绩效自评表" })] }, fills: {} });

/** One recalculation as a host runs it: read the fills asked for, plan, apply. */
function recalculate(book: Workbook, result: WorkbookResult): { book: Workbook; plan: WritePlan } {
  const analysis = makeAnalysis(book.snapshot, result);
  const asked: CellFills = Object.fromEntries(
    fillsToRead(analysis).map(({ sheet, cell }) => [fillKey(sheet, cell), book.fills[fillKey(sheet, cell)] ?? null]),
  );
  const plan = planRecalculation(analysis, asked);
  return { book: applyPlanToSnapshot(book.snapshot, book.fills, plan), plan };
}

function clear(book: Workbook): { book: Workbook; plan: WritePlan } {
  const plan = planClearMarks(makeAnalysis(book.snapshot, makeResult([])));
  return { book: applyPlanToSnapshot(book.snapshot, book.fills, plan), plan };
}

const savedFills = (snapshot: WorkbookSnapshot) => readState(snapshot).state.savedFills;

const mixed = makeResult(
  [
    makeTable([
      makeIndicator(6, { status: "missed", computedScore: 3, reasonRequired: true }),
      makeIndicator(7, { status: "exceeded", reasonRequired: true, reason: "指标值设定偏低" }),
      makeIndicator(8, { status: "met" }),
    ]),
  ],
  [finding("ACTUAL_UNPARSEABLE", { sheet: TABLE, cell: "C6" }, { name: "指标6", text: "约九成" })],
);

describe("highlights", () => {
  it("marks missed rows red, over-achieved amber, a missing reason and bad input in their own colours", () => {
    const { plan } = recalculate(start(), mixed);
    expect(fillsOf(plan)).toEqual({
      C6: HIGHLIGHT.badInput,
      F6: HIGHLIGHT.reasonMissing,
      E6: HIGHLIGHT.missed,
      E7: HIGHLIGHT.exceeded,
      C7: HIGHLIGHT.exceeded,
    });
  });

  it("asks the host for the fills of exactly the cells it will highlight", () => {
    const cells = fillsToRead(makeAnalysis(start().snapshot, mixed)).map(({ cell }) => cell);
    expect(cells.sort()).toEqual(["C6", "C7", "E6", "E7", "F6"]);
  });

  it("marks the fund block when 执行率 below 100 % costs points", () => {
    const result = makeResult([makeTable([], { fund: { rate: 0.9, score: 9 } })]);
    expect(fillsOf(recalculate(start(), result).plan)).toEqual({ F3: HIGHLIGHT.missed, G3: HIGHLIGHT.missed });
  });

  it("saves each cell's original fill, none as null", () => {
    const book = { ...start(), fills: { [key("E6")]: "#00B0F0" } };
    const { book: after } = recalculate(book, mixed);
    expect(savedFills(after.snapshot)[TABLE]).toEqual({ C6: null, E6: "#00B0F0", F6: null, C7: null, E7: null });
  });

  it("keeps the original fill saved the first time when it highlights the cell again", () => {
    const first = recalculate({ ...start(), fills: { [key("E6")]: "#00B0F0" } }, mixed).book;
    const second = recalculate(first, mixed).book;
    expect(savedFills(second.snapshot)[TABLE]?.["E6"]).toBe("#00B0F0");
    expect(second.fills[key("E6")]).toBe(HIGHLIGHT.missed);
  });

  it("gives a cell its original fill back once it needs no highlight", () => {
    const first = recalculate({ ...start(), fills: { [key("E6")]: "#00B0F0" } }, mixed).book;
    const fixed = makeResult([makeTable([makeIndicator(6), makeIndicator(7), makeIndicator(8)])]);
    const { book, plan } = recalculate(first, fixed);
    expect(fillsOf(plan)).toEqual({ C6: null, E6: "#00B0F0", F6: null, C7: null, E7: null });
    expect(savedFills(book.snapshot)).toEqual({});
  });

  it("leaves protected sheets unmarked", () => {
    const locked = { snapshot: { sheets: [makeSheet(TABLE, { A1: "x" }, { protected: true })] }, fills: {} };
    expect(recalculate(locked, mixed).plan.fills).toEqual([]);
  });
});

describe("planClearMarks", () => {
  it("restores every saved fill exactly, no fill included, and forgets them", () => {
    const original = { [key("E6")]: "#00B0F0", [key("A1")]: "#FFFF00" };
    const marked = recalculate({ ...start(), fills: original }, mixed).book;
    const { book, plan } = clear(marked);
    expect(fillsOf(plan)).toEqual({ C6: null, E6: "#00B0F0", F6: null, C7: null, E7: null });
    expect(book.fills).toEqual({
      ...original,
      [key("C6")]: null,
      [key("F6")]: null,
      [key("C7")]: null,
      [key("E7")]: null,
    });
    expect(savedFills(book.snapshot)).toEqual({});
  });

  it("keeps the values the add-in wrote", () => {
    const marked = recalculate(start(), mixed).book;
    const { book, plan } = clear(marked);
    expect(plan.cells).toEqual([]);
    expect(readState(book.snapshot).state.written).toEqual(readState(marked.snapshot).state.written);
  });

  it("plans nothing on a workbook it never marked", () => {
    expect(clear(start()).plan).toEqual({ cells: [], fills: [], sheets: [], removeSheets: [] });
  });

  it("keeps the saved fills of a protected sheet until it can restore them", () => {
    const marked = recalculate(start(), mixed).book;
    const locked = {
      ...marked,
      snapshot: {
        sheets: marked.snapshot.sheets.map((sheet) => (sheet.name === TABLE ? { ...sheet, protected: true } : sheet)),
      },
    };
    const { book, plan } = clear(locked);
    expect(plan.fills).toEqual([]);
    expect(savedFills(book.snapshot)).toEqual(savedFills(marked.snapshot));
  });
});
