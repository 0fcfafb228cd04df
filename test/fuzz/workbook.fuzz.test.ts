import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  analyseWorkbook,
  fillsToRead,
  planRecalculation,
  readWorkbookModel,
  STATE_SHEET_NAME,
} from "../../src/workbook";
import { columnName } from "../../src/workbook/address";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { applyPlanToSnapshot } from "../workbook/write/applyPlan";
import { cellValue, workbookSnapshot } from "./arbitraries";
import { findingProblems, isValidA1, planProblems } from "./invariants";
import { fuzzRuns, withinBudget } from "./fuzzConfig";

/** Fills a host would report for the cells asked: some coloured, some not, as a person's workbook has them. */
const fills = fc.constantFrom<(string | null)[]>([null], ["#FFFF00", null], ["#C6EFCE"]);

function recalculateOnce(snapshot: WorkbookSnapshot, palette: readonly (string | null)[]) {
  const analysis = analyseWorkbook(snapshot);
  const current: { [key: string]: string | null } = {};
  fillsToRead(analysis).forEach(
    ({ sheet, cell }, i) => (current[`${sheet}!${cell}`] = palette[i % palette.length] ?? null),
  );
  return { analysis, fills: current, plan: planRecalculation(analysis, current) };
}

/** A person's edit after a recalculation: a value typed into a cell of one of the sheets. */
type Edit = { readonly sheet: number; readonly row: number; readonly col: number; readonly value: CellValue };
const edit: fc.Arbitrary<Edit> = fc.record({
  sheet: fc.nat(),
  row: fc.nat({ max: 40 }),
  col: fc.nat({ max: 14 }),
  value: cellValue(false),
});

function typeInto(snapshot: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((sheet) => ({
    ...sheet,
    values: sheet.values.map((row) => [...row]),
    formulas: sheet.formulas.map((row) => [...row]),
  }));
  for (const { sheet: index, row, col, value } of edits) {
    const sheet = sheets[index % Math.max(1, sheets.length)];
    const r = row - (sheet?.origin.row ?? 0);
    const c = col - (sheet?.origin.col ?? 0);
    const line = sheet?.values[r];
    // Only inside the used range: typing outside it would change its shape, which the host then reports anew.
    if (!sheet || !line || c < 0 || c >= line.length || sheet.name.startsWith("_selfeval")) continue;
    line[c] = value;
    const formulas = sheet.formulas[r];
    if (formulas) formulas[c] = null;
  }
  return { sheets };
}

describe("the block finder and the reader on random grids of mutated real labels", () => {
  it("never throw, stay in budget, and every row and finding points at a valid cell of its own sheet", () => {
    fc.assert(
      fc.property(workbookSnapshot(), fc.constantFrom(undefined, 50, "优", ""), (snapshot, owned) => {
        const reading = withinBudget("readWorkbookModel", () => readWorkbookModel(snapshot, () => owned));
        const names = new Set(snapshot.sheets.map((sheet) => sheet.name));
        for (const table of reading.model.tables) {
          expect(names.has(table.sheet)).toBe(true);
          for (const row of table.indicators) {
            expect(row.at.row.sheet).toBe(table.sheet);
            expect(isValidA1(row.at.row.cell)).toBe(true);
          }
        }
        expect(findingProblems(reading.findings, snapshot)).toEqual([]);
      }),
      fuzzRuns(400),
    );
  });
});

describe("analyseWorkbook + planRecalculation on random workbooks", () => {
  it("never throw, stay in budget, and plan only the writes SPEC §4 allows", () => {
    fc.assert(
      fc.property(workbookSnapshot(), fills, (snapshot, palette) => {
        const { analysis, plan } = withinBudget("recalculation", () => recalculateOnce(snapshot, palette));
        expect(findingProblems(analysis.findings, snapshot)).toEqual([]);
        expect(planProblems(plan, analysis)).toEqual([]);
      }),
      fuzzRuns(400),
    );
  });

  it("cope with 32,767-character labels and values", () => {
    fc.assert(
      fc.property(workbookSnapshot(true), (snapshot) => {
        const { analysis, plan } = withinBudget("recalculation with huge texts", () =>
          recalculateOnce(snapshot, [null]),
        );
        expect(findingProblems(analysis.findings, snapshot)).toEqual([]);
        expect(planProblems(plan, analysis)).toEqual([]);
      }),
      fuzzRuns(60),
    );
  });

  it("after a recalculation and a person's edits, the second plan keeps the person's values and its own promises", () => {
    fc.assert(
      fc.property(workbookSnapshot(), fc.array(edit, { maxLength: 6 }), fills, (snapshot, edits, palette) => {
        const first = recalculateOnce(snapshot, palette);
        const filled = applyPlanToSnapshot(snapshot, first.fills, first.plan);
        const edited = typeInto(filled.snapshot, edits);
        const second = withinBudget("second recalculation", () => recalculateOnce(edited, palette));
        expect(findingProblems(second.analysis.findings, edited)).toEqual([]);
        expect(planProblems(second.plan, second.analysis)).toEqual([]);
      }),
      fuzzRuns(250),
    );
  });

  it("recalculating twice gives the same workbook as once", () => {
    fc.assert(
      fc.property(workbookSnapshot(), (snapshot) => {
        // A state sheet the add-in did not write is reported (STATE_INVALID) and replaced by the first run, so
        // the second run's 校验结果 rightly differs; workbooks without one must come out the same.
        fc.pre(snapshot.sheets.every((sheet) => sheet.name !== STATE_SHEET_NAME));
        const first = recalculateOnce(snapshot, [null]);
        const once = applyPlanToSnapshot(snapshot, first.fills, first.plan);
        const analysis = analyseWorkbook(once.snapshot);
        const current = Object.fromEntries(
          fillsToRead(analysis).map(({ sheet, cell }) => [`${sheet}!${cell}`, once.fills[`${sheet}!${cell}`] ?? null]),
        );
        const twice = applyPlanToSnapshot(once.snapshot, once.fills, planRecalculation(analysis, current));
        expect(twice.snapshot).toEqual(once.snapshot);
        expect(twice.fills).toEqual(once.fills);
      }),
      fuzzRuns(200),
    );
  });
});

describe("a finding's cell", () => {
  it("is a valid A1 address by the same test the fuzz uses", () => {
    expect(["A1", `${columnName(16_383)}1`, "XFD1048576"].every(isValidA1)).toBe(true);
    expect(["", "A0", "XFE1", "A1048577", "$A$1", "A1:B2", "Sheet1!A1"].some(isValidA1)).toBe(false);
  });
});
