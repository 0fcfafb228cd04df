import { createOfficeHost } from "../../../src/hosts/office";
import { clearMarks, recalculate } from "../../../src/workbook/recalculate";
import { generateReport } from "../../../src/workbook/report/generateReport";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import { benchSnapshot, MANY_TABLES } from "../../bench/generate";
import { recalculateThroughFake } from "../../bench/office";
import { createFakeExcel, fakeWorkbookFromSnapshot } from "./fakeExcel";
import { dumpWorkbook, sheetNamed } from "./fakeExcel/inspect";
import { indicatorSheet, workbook } from "./workbooks";

const FIVE_MB = 5_000_000;

/** A table whose row 5 target is text that looks like a formula: the findings quote it. */
function withFormulaLikeTarget(table: SheetSnapshot): SheetSnapshot {
  const values = table.values.map((row, r) =>
    r === 2 ? row.map((v, c) => (c === 3 ? '=HYPERLINK("x","y")' : v)) : row,
  );
  return { ...table, values };
}

describe("recalculate through the Office host", () => {
  it.each([10, 10_000])(
    "takes 3 syncs for %i indicator rows on the desktop: 2 reads, 0 for fills, 1 write",
    async (rows) => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", rows, 50))), {
        platform: "desktop",
      });
      const run = await recalculate(createOfficeHost((batch) => fake.run(batch)));
      expect(run.plan.fills.length).toBeGreaterThan(0);
      expect(fake.syncCount()).toBe(3);
      expect(run.report.syncs).toBe(1);
      expect(fake.requests.every((request) => request.error === null && request.bytes <= FIVE_MB)).toBe(true);
    },
  );

  it("writes no formula into any sheet it owns, even where findings quote formula-like text", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(withFormulaLikeTarget(indicatorSheet("表1", 10)))));
    const run = await recalculate(createOfficeHost((batch) => fake.run(batch)));
    const owned = fake.workbook.sheets.filter((sheet) =>
      run.plan.sheets.some((planned) => planned.name === sheet.name),
    );
    expect(owned.map((sheet) => sheet.name)).toEqual(["校验结果", "_selfeval_state"]);
    const cells = owned.flatMap((sheet) => [...sheet.cells.values()]);
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    expect(cells.some((cell) => String(cell.value).includes('=HYPERLINK("x","y")'))).toBe(true);
    expect(cells.filter((cell) => cell.hyperlink).length).toBeGreaterThan(0);
  });

  it("keeps every request and response of a 100,000-row recalculation on the web under 5 MB", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 100_000, 1000))));
    const run = await recalculate(createOfficeHost((batch) => fake.run(batch)));
    expect(run.plan.cells.length).toBeGreaterThanOrEqual(100_000);
    const succeeded = fake.requests.filter((request) => request.error === null);
    const refused = fake.requests.length - succeeded.length;
    expect(refused).toBe(1);
    expect(fake.requests.every((request) => request.bytes <= FIVE_MB)).toBe(true);
    expect(succeeded.every((request) => request.responseBytes <= FIVE_MB)).toBe(true);
    // Beyond the 3 syncs, the refused one-shot read and the read of the used ranges' sizes, each sync carries a
    // chunk of at least 2.5 MB of request or response.
    const carried = succeeded.reduce((sum, request) => sum + request.bytes + request.responseBytes, 0);
    expect(fake.syncCount() - 3 - refused - 1).toBeLessThanOrEqual(Math.ceil(carried / 2_500_000));
  });

  it("writes nothing, and says why, once the add-in's state sheet is protected", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 10))));
    const host = createOfficeHost((batch) => fake.run(batch));
    await recalculate(host);
    sheetNamed(fake.workbook, STATE_SHEET_NAME).protected = true;
    const before = dumpWorkbook(fake.workbook);
    for (const command of [recalculate, clearMarks, generateReport]) {
      const run = await command(host);
      expect(run.analysis.findings).toContainEqual(expect.objectContaining({ code: "STATE_PROTECTED" }));
      expect(run.report).toMatchObject({ cellsWritten: 0, fillsWritten: 0, sheetsWritten: 0 });
    }
    expect(dumpWorkbook(fake.workbook)).toBe(before);
  });
});

describe("recalculate through the Office host, against SPEC §8's sync budget", () => {
  // The benchmark's workbook: 50 tables of 20 rows a sheet and a 预算收支表, 11 sheets at 10,000 rows. The budget is
  // the benchmark's own: 3 syncs, plus one per extra 4 MB written and, on the web, per extra 4 MB read.
  it.each([
    [1000, "web", 2, 1],
    [10_000, "web", 4, 1],
    [1000, "desktop", 2, 1],
    [10_000, "desktop", 2, 1],
  ] as const)(
    "recalculates %i rows over many sheets on the %s in %i reads and %i write",
    async (rows, platform, reads, writes) => {
      const run = await recalculateThroughFake(benchSnapshot(MANY_TABLES(rows)), platform);
      expect({ reads: run.readSyncs, writes: run.writeSyncs }).toEqual({ reads, writes });
      expect(run.syncs).toBeLessThanOrEqual(run.allowedSyncs);
      expect(run.refused).toBe(0);
      expect(run.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
      if (platform === "web") expect(run.maxResponseBytes).toBeLessThanOrEqual(FIVE_MB);
    },
  );
});
