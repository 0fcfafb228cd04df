import {
  CellEditModeError,
  createOfficeHost,
  SheetMissingError,
  SheetProtectedError,
  WorkbookProtectedError,
} from "../../../src/hosts/office";
import { PAYLOAD_BUDGET } from "../../../src/hosts/office/payload";
import { toA1 } from "../../../src/workbook/address";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import {
  cellAt,
  createFakeExcel,
  dumpWorkbook,
  type FakeExcel,
  fakeWorkbookFromSnapshot,
  sheetNamed,
} from "./fakeExcel";
import { findingsSheet, MISSED, plan, scoreWrites, stateSheet } from "./plans";
import { indicatorSheet, sheet, workbook } from "./workbooks";

const noPause = () => Promise.resolve();

function setUp(rows = 10, extra = workbook()) {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", rows), ...extra.sheets)));
  return { fake, host: createOfficeHost((batch) => fake.run(batch), { pause: noPause }) };
}

/** A recalculation's write: scores, highlights, the findings sheet and the state sheet. */
function recalculation(rows: number) {
  return plan({ ...scoreWrites("表1", rows), sheets: [findingsSheet(rows, "表1"), stateSheet('{"version":1}')] });
}

describe("apply", () => {
  it.each([10, 10_000])("writes the plan of %i indicator rows in 1 sync, calculation suspended", async (rows) => {
    const { fake, host } = setUp(rows);
    await host.readSnapshot();
    const before = fake.syncCount();
    const report = await host.apply(recalculation(rows));
    expect(report.syncs).toBe(1);
    expect(fake.syncCount() - before).toBe(1);
    const request = fake.requests[fake.requests.length - 1];
    expect(request).toMatchObject({ error: null, suspendedCalculation: true });
    expect(report.cellsWritten).toBe(rows + Math.ceil(rows / 3));
    expect(report.fillsWritten).toBe(Math.ceil(rows / 3) * 8);
    expect(report.sheetsWritten).toBe(2);
    const wrong: string[] = [];
    for (let i = 0; i < rows; i += 1) {
      const score = cellAt(fake.workbook, "表1", toA1(i + 4, 7));
      if (score?.value !== 4.5 + (i % 5) / 10 || score.numberFormat !== "0.00") wrong.push(toA1(i + 4, 7));
      const fill = cellAt(fake.workbook, "表1", toA1(i + 4, 1))?.fill ?? null;
      if (fill !== (i % 3 === 0 ? MISSED : null)) wrong.push(toA1(i + 4, 1));
    }
    expect(wrong).toEqual([]);
    expect(sheetNamed(fake.workbook, "校验结果").cells.size).toBe((rows + 1) * 6);
    // The findings' links take one range and one call, not one per link.
    const linked = [...sheetNamed(fake.workbook, "校验结果").cells.values()].filter((cell) => cell.hyperlink);
    expect(linked).toHaveLength(rows);
    expect(request.rangeProxies).toBeLessThan(40);
  });

  it("lays out an owned sheet: styles, links to cells, column widths in points, frozen header", async () => {
    const { fake, host } = setUp();
    await host.apply(plan({ sheets: [findingsSheet(3, "表1")] }));
    const findings = sheetNamed(fake.workbook, "校验结果");
    expect(cellAt(fake.workbook, "校验结果", "A1")).toMatchObject({ value: "级别", bold: true, fill: "#D9E1F2" });
    expect(cellAt(fake.workbook, "校验结果", "A2")).toMatchObject({ value: "错误", bold: false, fill: null });
    expect(cellAt(fake.workbook, "校验结果", "E2")).toMatchObject({ wrap: true });
    expect(cellAt(fake.workbook, "校验结果", "C2")).toMatchObject({
      value: "表1!H5",
      formula: null,
      hyperlink: { documentReference: "表1!H5", textToDisplay: "表1!H5" },
    });
    expect(cellAt(fake.workbook, "校验结果", "B2")?.hyperlink).toBeNull();
    expect(findings.frozenRows).toBe(1);
    // 8.43 characters is Excel's default column, 48 points; 60 characters → 425 px → 318.75 pt.
    expect(findings.columnWidths.get(4)).toBe(318.75);
    expect(findings.visibility).toBe("Visible");
  });

  it("writes links as native hyperlinks, never a formula, whatever the text or the sheet's name", async () => {
    const { fake, host } = setUp(10, workbook(sheet({ name: "O'Brien 表", values: [["x"]] })));
    const texts = ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)", "", "优"];
    const rows = texts.map((value) => [
      { value },
      { value: `=${value}`, link: { sheet: "O'Brien 表", cell: "A1" } },
      { value, link: { sheet: "表1", cell: "H5" } },
    ]);
    await host.apply(plan({ sheets: [{ ...findingsSheet(0, "表1"), rows }] }));
    const cells = [...sheetNamed(fake.workbook, "校验结果").cells.values()];
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    expect(cellAt(fake.workbook, "校验结果", "B1")).toMatchObject({
      value: '==HYPERLINK("http://x","y")',
      hyperlink: { documentReference: "'O''Brien 表'!A1", textToDisplay: '==HYPERLINK("http://x","y")' },
    });
    expect(cellAt(fake.workbook, "校验结果", "C2")).toMatchObject({ value: "+1", numberFormat: "@" });
    // An empty text gets no link, as in the file host: there would be nothing to click.
    expect(cellAt(fake.workbook, "校验结果", "C4")?.hyperlink ?? null).toBeNull();
  });

  it("writes the state sheet very hidden", async () => {
    const { fake, host } = setUp();
    await host.apply(plan({ sheets: [stateSheet('{"version":1,"written":{}}')] }));
    expect(sheetNamed(fake.workbook, STATE_SHEET_NAME).visibility).toBe("VeryHidden");
    expect(cellAt(fake.workbook, STATE_SHEET_NAME, "A1")?.value).toBe('{"version":1,"written":{}}');
  });

  it("replaces an owned sheet it wrote before, dropping the old content and chart", async () => {
    const { fake, host } = setUp();
    const report = {
      name: "自评报告",
      purpose: "report" as const,
      visibility: "visible" as const,
      rows: [
        [{ value: "一级指标" }, { value: "得分" }, { value: "分值" }],
        [{ value: "产出指标" }, { value: 45 }, { value: 50 }],
        [{ value: "旧段落" }],
      ],
      columnWidths: [20, 10, 10],
      chart: { title: "得分与分值", data: { top: 0, left: 0, bottom: 1, right: 2 }, anchor: { row: 4, col: 1 } },
    };
    await host.apply(plan({ sheets: [report] }));
    await host.readSnapshot();
    await host.apply(plan({ sheets: [{ ...report, rows: report.rows.slice(0, 2) }] }));
    const sheet = sheetNamed(fake.workbook, "自评报告");
    expect(cellAt(fake.workbook, "自评报告", "A3")).toBeUndefined();
    expect(sheet.charts).toEqual([
      { type: "ColumnClustered", source: "自评报告!A1:C2", seriesBy: "Columns", title: "得分与分值", position: "B5" },
    ]);
    expect(fake.workbook.sheets.filter((candidate) => candidate.name === "自评报告")).toHaveLength(1);
  });

  it("keeps text that looks like a formula, a number or a date as text", async () => {
    const { fake, host } = setUp();
    const texts = ["=SUM(A1)", "+1", "-x", "@x", "86%", "2024-1-2", "'quoted", "TRUE", "优"];
    await host.apply(plan({ cells: texts.map((value, i) => ({ sheet: "表1", cell: toA1(i, 12), value })) }));
    texts.forEach((value, i) =>
      expect(cellAt(fake.workbook, "表1", toA1(i, 12))).toMatchObject({ value, formula: null }),
    );
    expect(cellAt(fake.workbook, "表1", "M1")?.numberFormat).toBe("@");
    expect(cellAt(fake.workbook, "表1", "M9")?.numberFormat).toBe("General");
  });

  it("clears a cell for a null value and leaves the cells between two writes as they were", async () => {
    const { fake, host } = setUp();
    await host.apply(
      plan({
        cells: [
          { sheet: "表1", cell: "F5", value: null },
          { sheet: "表1", cell: "F7", value: 0.5 },
        ],
      }),
    );
    expect(cellAt(fake.workbook, "表1", "F5")?.value).toBe("");
    expect(cellAt(fake.workbook, "表1", "F6")).toMatchObject({ value: 0.91, numberFormat: "0.00%" });
    expect(cellAt(fake.workbook, "表1", "F7")?.value).toBe(0.5);
  });

  it("restores no fill for a null colour", async () => {
    const fake = createFakeExcel(
      fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 3)), { "表1!C5": MISSED, "表1!D5": MISSED }),
    );
    const host = createOfficeHost((batch) => fake.run(batch));
    await host.apply(plan({ fills: [{ sheet: "表1", cell: "C5", color: null }] }));
    expect(cellAt(fake.workbook, "表1", "C5")?.fill).toBeNull();
    expect(cellAt(fake.workbook, "表1", "D5")?.fill).toBe(MISSED);
    expect(await host.readFills([{ sheet: "表1", cell: "C5" }])).toEqual({ "表1!C5": null });
  });

  it("refuses a plan touching a protected sheet before writing anything", async () => {
    const { fake, host } = setUp(10, workbook(sheet({ name: "锁定", protected: true, values: [["x"]] })));
    await host.readSnapshot();
    const before = dumpWorkbook(fake.workbook);
    const requests = fake.syncCount();
    const refused = recalculation(10);
    const attempt = host.apply({ ...refused, cells: [...refused.cells, { sheet: "锁定", cell: "A2", value: 1 }] });
    await expect(attempt).rejects.toThrow(new SheetProtectedError("锁定"));
    await expect(attempt).rejects.toThrow("工作表「锁定」受保护，未写入任何内容。请撤销保护后重试。");
    expect(fake.syncCount()).toBe(requests);
    expect(dumpWorkbook(fake.workbook)).toBe(before);
  });

  it("refuses adding sheets to a structure-protected workbook, and writing to a missing sheet", async () => {
    const { fake, host } = setUp();
    fake.workbook.protected = true;
    await host.readSnapshot();
    await expect(host.apply(plan({ sheets: [stateSheet("{}")] }))).rejects.toBeInstanceOf(WorkbookProtectedError);
    await expect(host.apply(plan({ cells: [{ sheet: "不存在", cell: "A1", value: 1 }] }))).rejects.toBeInstanceOf(
      SheetMissingError,
    );
  });

  it.each(["F0", "XFE1", "A1048577", "F2:F3"])(
    "refuses a plan writing to %s, which is no cell of a sheet, before writing anything",
    async (address) => {
      const { fake, host } = setUp();
      await host.readSnapshot();
      const before = dumpWorkbook(fake.workbook);
      const requests = fake.syncCount();
      const refused = recalculation(10);
      const attempt = host.apply({
        ...refused,
        fills: [...refused.fills, { sheet: "表1", cell: address, color: null }],
      });
      await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.syncCount()).toBe(requests);
      expect(dumpWorkbook(fake.workbook)).toBe(before);
    },
  );

  it("loads the sheets itself when no snapshot was read first", async () => {
    const { fake, host } = setUp();
    const report = await host.apply(plan({ cells: [{ sheet: "表1", cell: "H5", value: 5 }] }));
    expect(report.syncs).toBe(2);
    expect(cellAt(fake.workbook, "表1", "H5")?.value).toBe(5);
  });

  it("removes add-in sheets the plan drops", async () => {
    const { fake, host } = setUp();
    await host.apply(plan({ sheets: [findingsSheet(2, "表1")] }));
    await host.apply(plan({ removeSheets: ["校验结果", "从未创建"] }));
    expect(fake.workbook.sheets.map((candidate) => candidate.name)).toEqual(["表1"]);
  });

  it("retries while Excel is in cell-edit mode, then writes", async () => {
    const { fake, host } = setUp();
    await host.readSnapshot();
    fake.failNextSyncs("InvalidOperationInCellEditMode", 2);
    const report = await host.apply(plan({ cells: [{ sheet: "表1", cell: "H5", value: 5 }] }));
    expect(cellAt(fake.workbook, "表1", "H5")?.value).toBe(5);
    expect(report.syncs).toBe(1);
    expect(fake.requests.map((request) => request.error).slice(-3)).toEqual([
      "InvalidOperationInCellEditMode",
      "InvalidOperationInCellEditMode",
      null,
    ]);
  });

  it("gives up with a Chinese message when cell-edit mode outlasts the retries", async () => {
    const { fake, host } = setUp();
    fake.failNextSyncs("InvalidOperationInCellEditMode", 10);
    await expect(host.readSnapshot()).rejects.toBeInstanceOf(CellEditModeError);
    expect(fake.syncCount()).toBe(4);
  });
});

describe("apply, chunked", () => {
  function bigFake(): FakeExcel {
    return createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", 10))));
  }

  it("splits a 100,000-row owned sheet into requests under 5 MB, packed to the budget, every cell written", async () => {
    const fake = bigFake();
    const host = createOfficeHost((batch) => fake.run(batch));
    await host.readSnapshot();
    const before = fake.requests.length;
    const report = await host.apply(plan({ sheets: [findingsSheet(100_000, "表1")] }));
    const writes = fake.requests.slice(before);
    const total = writes.reduce((sum, request) => sum + request.bytes, 0);
    expect(writes.every((request) => request.error === null && request.bytes <= 5_000_000)).toBe(true);
    expect(writes.every((request) => request.suspendedCalculation)).toBe(true);
    // Requests are cut before PAYLOAD_BUDGET of estimate and filled to at least 2.5 MB, the estimate being ≥ the size.
    expect(report.syncs).toBeGreaterThanOrEqual(Math.ceil(total / PAYLOAD_BUDGET));
    expect(report.syncs).toBeLessThanOrEqual(Math.ceil(total / 2_500_000));
    expect(sheetNamed(fake.workbook, "校验结果").cells.size).toBe(100_001 * 6);
    // Mismatches are collected and compared once: 200,000 expect() calls would take most of a minute.
    const wrong: string[] = [];
    for (let row = 2; row <= 100_001; row += 1) {
      const text = `第${row - 1}个指标未达到年度指标值，得分低于分值，需要填写偏差原因。`;
      if (cellAt(fake.workbook, "校验结果", `E${row}`)?.value !== text) wrong.push(`E${row}`);
      if (cellAt(fake.workbook, "校验结果", `C${row}`)?.value !== `表1!H${row + 3}`) wrong.push(`C${row}`);
    }
    expect(wrong).toEqual([]);
  });
});
