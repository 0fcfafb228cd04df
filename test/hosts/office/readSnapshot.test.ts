import { createOfficeHost } from "../../../src/hosts/office";
import { toA1 } from "../../../src/workbook/address";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import {
  createFakeExcel,
  emptyWorkbook,
  type FakeExcel,
  fakeWorkbookFromSnapshot,
  newSheet,
  snapshotOfFake,
} from "./fakeExcel";
import { editCell } from "./fakeExcel/model";
import { indicatorSheet, sheet, workbook } from "./workbooks";

const hostOf = (fake: FakeExcel) => createOfficeHost((batch) => fake.run(batch));

/** A small workbook built cell by cell, so that the expected snapshot below is written out by hand. */
function handBuiltFake(): FakeExcel {
  const book = emptyWorkbook();
  const table = newSheet("表1");
  const put = (
    row: number,
    col: number,
    value: string | number,
    extra: { formula?: string; numberFormat?: string } = {},
  ) =>
    Object.assign(editCell(table, row, col), {
      value,
      formula: extra.formula ?? null,
      numberFormat: extra.numberFormat ?? "General",
    });
  put(2, 1, "一级指标");
  put(2, 2, "得分");
  put(3, 1, "产出指标");
  put(3, 2, 5, { numberFormat: "0.00" });
  put(4, 2, "=text kept as text");
  put(5, 1, "总分");
  put(5, 2, 5, { formula: "=SUM(C4:C5)" });
  put(5, 3, "#DIV/0!", { formula: "=1/0" });
  editCell(table, 20, 6).fill = "#FFFF00"; // formatting alone does not extend a values-only used range
  table.merges = [{ top: 3, left: 1, bottom: 4, right: 1 }];
  const state = newSheet("_selfeval_state", "VeryHidden");
  state.protected = true;
  editCell(state, 0, 0).value = '{"version":1}';
  book.sheets.push(table, newSheet("空表"), state);
  return createFakeExcel(book);
}

const HAND_BUILT: WorkbookSnapshot = {
  sheets: [
    {
      name: "表1",
      protected: false,
      visibility: "visible",
      origin: { row: 2, col: 1 },
      values: [
        ["一级指标", "得分", ""],
        ["产出指标", 5, ""],
        ["", "=text kept as text", ""],
        ["总分", 5, "#DIV/0!"],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, null],
        [null, "=SUM(C4:C5)", "=1/0"],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "0.00", "General"],
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
      merges: ["B4:B5"],
    },
    {
      name: "空表",
      protected: false,
      visibility: "visible",
      origin: { row: 0, col: 0 },
      values: [],
      formulas: [],
      numberFormats: [],
      merges: [],
    },
    {
      name: "_selfeval_state",
      protected: true,
      visibility: "veryHidden",
      origin: { row: 0, col: 0 },
      values: [['{"version":1}']],
      formulas: [[null]],
      numberFormats: [["General"]],
      merges: [],
    },
  ],
};

describe("readSnapshot", () => {
  it("copies every sheet's used range: origin, values, formulas, number formats, merges, protection, visibility", async () => {
    const fake = handBuiltFake();
    expect(await hostOf(fake).readSnapshot()).toEqual(HAND_BUILT);
  });

  it("agrees with the fake's own snapshot of the same workbook", async () => {
    const fake = createFakeExcel(
      fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 10), indicatorSheet("表2", 3))),
    );
    expect(await hostOf(fake).readSnapshot()).toEqual(snapshotOfFake(fake.workbook));
  });

  it.each([
    [10, "web"],
    [10_000, "desktop"],
  ] as const)("takes 2 syncs for %i indicator rows on the %s, fills included", async (rows, platform) => {
    // 一级指标 merged over 50 rows: 200 merged areas at 10,000 rows, under Excel's 512 per call.
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", rows, 50))), { platform });
    const host = hostOf(fake);
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets[0]?.values).toHaveLength(rows + 3);
    expect(host.syncCount()).toBe(2);
    expect(fake.syncCount()).toBe(2);
    await host.readFills([{ sheet: "表1", cell: toA1(rows + 3, 8) }]);
    expect(host.syncCount()).toBe(2);
  });

  it("falls back to chunks when the fills take the one-shot read past 5 MB, fills still included", async () => {
    // 10,000 rows: 2 MB of values, 4.5 MB of fills. The chunks read the fills too; readFills then needs no sync.
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 10_000, 50))));
    const host = hostOf(fake);
    expect(JSON.stringify(await host.readSnapshot())).toBe(JSON.stringify(snapshotOfFake(fake.workbook)));
    expect(fake.requests[1]?.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.requests.slice(2).every((request) => request.responseBytes <= 5_000_000)).toBe(true);
    const syncs = host.syncCount();
    await host.readFills([{ sheet: "表1", cell: "I5" }]);
    expect(host.syncCount()).toBe(syncs);
  });

  it("reads in chunks when the one-shot read exceeds 512 merged areas, with the same result", async () => {
    const book = workbook(indicatorSheet("表1", 10_000, 10));
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(book));
    const host = hostOf(fake);
    expect(await host.readSnapshot()).toEqual(snapshotOfFake(fake.workbook));
    expect(fake.requests[1]?.error).toBe("GeneralException");
    // 2 tries, 1 sync for the used ranges' sizes alone (a corner could hold too many merged areas as well), then
    // 6.4 MB in 2 chunks whose merged areas are read in bands of at most 512 cells.
    expect(host.syncCount()).toBe(5);
  });

  it("reads in chunks when a response passes Excel on the web's 5 MB, with the same result", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 100_000, 1000))));
    const host = hostOf(fake);
    // Compared as JSON: jest's deep equality takes seconds on 800,000 cells.
    expect(JSON.stringify(await host.readSnapshot())).toBe(JSON.stringify(snapshotOfFake(fake.workbook)));
    expect(fake.requests[1]?.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(
      fake.requests.slice(2).every((request) => request.error === null && request.responseBytes <= 5_000_000),
    ).toBe(true);
    // 66 MB of response, fills included: 2 tries, the sizes with the sheet's top left corner (3.4 MB), then 14
    // chunks of at most 4.6 MB.
    expect(host.syncCount()).toBe(17);
  });

  it("halves a block whose response is still over 5 MB", async () => {
    const text = "长".repeat(150);
    const values = Array.from({ length: 10_000 }, (_, i) => [`${text}${i}`, `${text}a`, `${text}b`, `${text}c`]);
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(sheet({ name: "长文本", values }))));
    const host = hostOf(fake);
    expect(JSON.stringify(await host.readSnapshot())).toBe(JSON.stringify(snapshotOfFake(fake.workbook)));
    const failed = fake.requests.slice(3).filter((request) => request.error !== null);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((request) => request.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      fake.requests.filter((request) => request.error === null).every((request) => request.responseBytes <= 5_000_000),
    ).toBe(true);
  });

  it("reads a 100,000-row sheet in 2 syncs on the desktop, which has no response limit", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 100_000, 1000))), {
      platform: "desktop",
    });
    const host = hostOf(fake);
    await host.readSnapshot();
    expect(host.syncCount()).toBe(2);
  });

  it("skips merged areas when told the host lacks ExcelApi 1.13", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 10))));
    const snapshot = await createOfficeHost((batch) => fake.run(batch), { readMerges: false }).readSnapshot();
    expect(snapshot.sheets[0]?.merges).toEqual([]);
    expect(snapshot.sheets[0]?.values).toEqual(snapshotOfFake(fake.workbook).sheets[0]?.values);
  });
});
