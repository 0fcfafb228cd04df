import {
  cellAt,
  createFakeExcel,
  dumpWorkbook,
  emptyWorkbook,
  fakeWorkbookFromSnapshot,
  newSheet,
  sheetNamed,
  snapshotOfFake,
} from ".";
import { indicatorSheet, sheet, workbook } from "../workbooks";

function fakeWith(...names: string[]) {
  const book = emptyWorkbook();
  for (const name of names) book.sheets.push(newSheet(name));
  return createFakeExcel(book);
}

function thrownCode(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "none";
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "resolved";
}

describe("fake Excel", () => {
  it("applies queued writes only at sync, and counts each sync", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1, "x"]];
      expect(cellAt(fake.workbook, "S", "A1")).toBeUndefined();
      await context.sync();
      expect(cellAt(fake.workbook, "S", "A1")?.value).toBe(1);
    });
    expect(fake.syncCount()).toBe(1);
  });

  it("sends what a batch leaves queued when it returns, as Excel.run does", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[7]];
      return Promise.resolve();
    });
    expect(cellAt(fake.workbook, "S", "A1")?.value).toBe(7);
    expect(fake.syncCount()).toBe(1);
  });

  it("throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
    });
  });

  it("fails a write to a protected sheet with AccessDenied, keeping the calls before it, as Excel does", async () => {
    const fake = fakeWith("Open", "Locked");
    fake.workbook.sheets[1].protected = true;
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Open").getRange("A1").values = [[1]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [[2]];
        context.workbook.worksheets.getItem("Open").getRange("A2").values = [[3]];
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(cellAt(fake.workbook, "Open", "A1")?.value).toBe(1);
    expect(cellAt(fake.workbook, "Locked", "A1")).toBeUndefined();
    expect(cellAt(fake.workbook, "Open", "A2")).toBeUndefined();
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const fake = fakeWith("S");
    const big = Array.from({ length: 60_000 }, () => ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八"]);
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("B1").values = [[1]];
        sheet.getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.requests[0].bytes).toBeGreaterThan(5_000_000);
    expect(dumpWorkbook(fake.workbook)).toBe(dumpWorkbook(fakeWith("S").workbook));
  });

  it("refuses a response over 5 MB on the web, not on the desktop", async () => {
    const values = Array.from({ length: 40_000 }, (_, i) => [`第${i}行的一段较长的中文说明文字，用来撑大响应`, i]);
    const book = workbook(sheet({ name: "S", values }));
    const read = (fake: ReturnType<typeof createFakeExcel>) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).load("values,formulas");
        await context.sync();
      });
    expect(await codeOf(read(createFakeExcel(fakeWorkbookFromSnapshot(book))))).toBe(
      "ResponsePayloadSizeLimitExceeded",
    );
    expect(await codeOf(read(createFakeExcel(fakeWorkbookFromSnapshot(book), { platform: "desktop" })))).toBe(
      "resolved",
    );
  });

  it("leaves cells under null entries of a values or numberFormat array unchanged", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(sheet({ name: "S", values: [["keep"], ["old"]] }))));
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A2");
      range.numberFormat = [[null], ["0.00"]];
      range.values = [[null], [5]];
      await context.sync();
    });
    expect(cellAt(fake.workbook, "S", "A1")).toMatchObject({ value: "keep", numberFormat: "General" });
    expect(cellAt(fake.workbook, "S", "A2")).toMatchObject({ value: 5, numberFormat: "0.00" });
  });

  it.each([
    { input: "=SUM(A1)", value: 0, formula: "=SUM(A1)" },
    { input: "-x", value: 0, formula: "=-x" },
    { input: "'=SUM(A1)", value: "=SUM(A1)", formula: null },
    { input: "86%", value: 0.86, formula: null },
    { input: "1,391.03", value: 1391.03, formula: null },
    { input: "2024-01-02", value: 45293, formula: null },
    { input: "TRUE", value: true, formula: null },
    { input: "优", value: "优", formula: null },
  ])("parses a written $input as Excel's typing does", async ({ input, value, formula }) => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(cellAt(fake.workbook, "S", "A1")).toMatchObject({ value, formula });
  });

  it("keeps text exactly in a cell formatted as Text, apostrophe included", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["=SUM(A1)", "'x"]];
      await context.sync();
    });
    expect(cellAt(fake.workbook, "S", "A1")).toMatchObject({ value: "=SUM(A1)", formula: null });
    expect(cellAt(fake.workbook, "S", "B1")).toMatchObject({ value: "'x", formula: null });
  });

  it("rejects a values array whose shape does not match the range", async () => {
    const fake = fakeWith("S");
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A2").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("truncates a getRanges address past 8192 characters, as Excel documents", async () => {
    const fake = fakeWith("S");
    const addresses = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRanges(addresses.join(",")).format.fill.color = "#FF0000";
      await context.sync();
    });
    const filled = [...fake.workbook.sheets[0].cells.values()].filter((cell) => cell.fill === "#FF0000").length;
    expect(filled).toBeLessThan(addresses.length);
    expect(filled).toBeGreaterThan(1000);
  });

  it("answers isNullObject for an empty sheet's used range", async () => {
    const fake = fakeWith("Empty");
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  it("fails getMergedAreasOrNullObject over more than 512 merged areas", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("S", 6000))));
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
  });

  it("records the active sheet and the selection at sync, and fails them on a missing sheet", async () => {
    const fake = fakeWith("A", "B");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("a").activate();
      expect(fake.workbook.activeSheet).toBeNull();
      await context.sync();
      expect(fake.workbook.activeSheet).toBe("A");
      context.workbook.worksheets.getItem("B").getRange("$c$3:D4").select();
      await context.sync();
    });
    expect(fake.workbook).toMatchObject({ activeSheet: "B", selection: { sheet: "B", address: "C3:D4" } });
    const missing = fake.run(async (context) => {
      context.workbook.worksheets.getItem("C").getRange("A1").select();
      await context.sync();
    });
    expect(await codeOf(missing)).toBe("ItemNotFound");
    expect(fake.workbook.selection).toEqual({ sheet: "B", address: "C3:D4" });
  });

  it("merges a range, or each of its rows, taking in the merged areas it overlaps", async () => {
    const fake = fakeWith("S");
    const merge = (address: string, across?: boolean) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange(address).merge(across);
        await context.sync();
      });
    await merge("A1:B1");
    await merge("A1:C2");
    await merge("A4:B5", true);
    await merge("E1");
    expect(snapshotOfFake(fake.workbook).sheets[0]?.merges).toEqual(["A1:C2", "A4:B4", "A5:B5"]);
    sheetNamed(fake.workbook, "S").protected = true;
    expect(await codeOf(merge("E1:F1"))).toBe("AccessDenied");
  });

  it("fails the next syncs with an injected code, running nothing", async () => {
    const fake = fakeWith("S");
    fake.failNextSyncs("InvalidOperationInCellEditMode");
    const write = () =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        await context.sync();
      });
    expect(await codeOf(write())).toBe("InvalidOperationInCellEditMode");
    expect(cellAt(fake.workbook, "S", "A1")).toBeUndefined();
    expect(await codeOf(write())).toBe("resolved");
  });

  it("sets links cell by cell with setCellProperties, the text becoming the value; {} leaves a cell alone", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A2");
      range.values = [["old"], ["keep"]];
      range.setCellProperties([[{ hyperlink: { documentReference: "'S'!B9", textToDisplay: "=B9" } }], [{}]]);
      await context.sync();
    });
    expect(cellAt(fake.workbook, "S", "A1")).toMatchObject({
      value: "=B9",
      formula: null,
      hyperlink: { documentReference: "'S'!B9", textToDisplay: "=B9" },
    });
    expect(cellAt(fake.workbook, "S", "A2")).toMatchObject({ value: "keep", hyperlink: null });
  });

  it("refuses links on a protected sheet", async () => {
    const fake = fakeWith("S");
    fake.workbook.sheets[0].protected = true;
    const link = () =>
      fake.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .setCellProperties([[{ hyperlink: { address: "x" } }]]);
        await context.sync();
      });
    expect(await codeOf(link())).toBe("AccessDenied");
  });

  it("gives a blank sheet's used range as A1 from getUsedRange, a null object from getUsedRangeOrNullObject", async () => {
    const fake = fakeWith("Empty");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      const used = sheet.getUsedRange(true);
      used.load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      orNull.load("address");
      await context.sync();
      expect(used.address).toBe("Empty!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("places cells from a range's top left, bounds and intersects ranges, as Range.getCell and its kin do", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const range = sheet.getRange("C3:D4");
      const outside = range.getCell(5, 0);
      const bounding = range.getCell(0, 0).getBoundingRect(sheet.getCell(9, 0));
      const shared = bounding.getIntersection(range);
      for (const proxy of [outside, bounding, shared]) proxy.load("address");
      await context.sync();
      expect([outside.address, bounding.address, shared.address]).toEqual(["S!C8", "S!A3:C10", "S!C3:C4"]);
    });
  });

  it("fails a cell or range past the grid with InvalidArgument, and ranges that do not meet with ItemNotFound", async () => {
    const fake = fakeWith("S");
    const load = (proxy: (sheet: Excel.Worksheet) => Excel.Range) =>
      fake.run(async (context) => {
        proxy(context.workbook.worksheets.getItem("S")).load("address");
        await context.sync();
      });
    expect(await codeOf(load((sheet) => sheet.getCell(1_048_576, 0)))).toBe("InvalidArgument");
    expect(await codeOf(load((sheet) => sheet.getRange("A1048576").getCell(1, 0)))).toBe("InvalidArgument");
    expect(await codeOf(load((sheet) => sheet.getRangeByIndexes(1_048_575, 0, 2, 1)))).toBe("InvalidArgument");
    expect(await codeOf(load((sheet) => sheet.getRange("A1").getIntersection(sheet.getRange("B2"))))).toBe(
      "ItemNotFound",
    );
  });

  it("counts the range proxies each request creates", async () => {
    const fake = fakeWith("S");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      for (let row = 0; row < 3; row += 1) sheet.getRangeByIndexes(row, 0, 1, 1).values = [[row]];
      sheet.getRanges("A1,B2").format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(fake.requests[0]?.rangeProxies).toBe(4);
  });

  it("round-trips a snapshot through fakeWorkbookFromSnapshot and snapshotOfFake", () => {
    const book = workbook(
      indicatorSheet("表1", 12),
      sheet({ name: "说明", visibility: "hidden", protected: true, values: [["x"]] }),
    );
    expect(snapshotOfFake(fakeWorkbookFromSnapshot(book))).toEqual(book);
  });
});
