import { finding } from "../../../src/core/findings/types";
import type { WorkbookResult } from "../../../src/core/results";
import type { WritePlan } from "../../../src/workbook/plan";
import { fillKey, type CellFills } from "../../../src/workbook/snapshot";
import { fillsToRead, planRecalculation } from "../../../src/workbook/write/buildPlan";
import { readState } from "../../../src/workbook/write/readState";
import { applyPlanToSnapshot, type Workbook } from "./applyPlan";
import { makeAnalysis, makeIndicator, makeResult, makeSheet, makeTable, TABLE } from "./factories";

function recalculate(book: Workbook, result: WorkbookResult): { book: Workbook; plan: WritePlan } {
  const analysis = makeAnalysis(book.snapshot, result);
  const asked: CellFills = Object.fromEntries(
    fillsToRead(analysis).map(({ sheet, cell }) => [fillKey(sheet, cell), book.fills[fillKey(sheet, cell)] ?? null]),
  );
  const plan = planRecalculation(analysis, asked);
  return { book: applyPlanToSnapshot(book.snapshot, book.fills, plan), plan };
}

const result = makeResult(
  [
    makeTable(
      [
        makeIndicator(6, { status: "missed", computedScore: 3.33, reasonRequired: true }),
        makeIndicator(7, { status: "exceeded", reasonRequired: true, reason: "目标偏低" }),
        makeIndicator(8, { filledActual: 98.76 }),
        makeIndicator(9, { computedScore: null, status: "manual" }),
      ],
      { fund: { rate: 0.95861, score: 9.59 }, total: null, grade: null },
    ),
  ],
  [finding("TARGET_UNPARSEABLE", { sheet: TABLE, cell: "B9" }, { name: "指标9", text: '=HYPERLINK("http://x")' })],
);

const start: Workbook = {
  snapshot: {
    sheets: [
      makeSheet(TABLE, {
        A1: "项目支出绩效自评表",
        B9: '=HYPERLINK("http://x")',
        E7: 4.8,
        E9: { formula: "=D9", value: 5 },
      }),
    ],
  },
  fills: { [fillKey(TABLE, "E6")]: "#00B0F0" },
};

describe("recalculating twice", () => {
  const first = recalculate(start, result);
  const second = recalculate(first.book, result);

  it("plans the same writes the second time", () => {
    expect(second.plan).toEqual(first.plan);
  });

  it("changes nothing the second time: cells, fills and state", () => {
    expect(second.book.snapshot).toEqual(first.book.snapshot);
    expect(second.book.fills).toEqual(first.book.fills);
    expect(readState(second.book.snapshot).state).toEqual(readState(first.book.snapshot).state);
  });

  it("did write something the first time, leaving typed values and formulas alone", () => {
    const written = first.plan.cells.map((write) => write.cell);
    expect(written).toEqual(expect.arrayContaining(["F3", "G3", "E6", "E8", "C8"]));
    expect(written).not.toContain("E7");
    expect(written).not.toContain("E9");
    expect(first.book.fills[fillKey(TABLE, "E6")]).not.toBe("#00B0F0");
  });
});
