import { type Area, rest, type SheetRead, takeChunk } from "../../../src/hosts/office/chunkPlan";

/** A sheet of the plan; the worksheet proxy is never touched by the planning. */
function sheetRead(name: string, used: SheetRead["used"], corner?: SheetRead["used"]): SheetRead {
  const pieces = corner
    ? [{ rect: corner, values: [], formulas: [], numberFormats: [], fills: [], merges: [], bytes: 0 }]
    : [];
  return { name, worksheet: {} as Excel.Worksheet, used, pieces };
}

const rows = (chunk: readonly Area[]) => chunk.map(({ sheet, rect }) => `${sheet.name}:${rect.top}-${rect.bottom}`);

describe("chunk planning", () => {
  it("leaves what a corner did not cover: the columns beside it, then the rows below", () => {
    const sheet = sheetRead("S", { top: 2, left: 1, bottom: 99, right: 20 }, { top: 2, left: 1, bottom: 9, right: 10 });
    expect(rest(sheet).map((area) => area.rect)).toEqual([
      { top: 2, left: 11, bottom: 9, right: 20 },
      { top: 10, left: 1, bottom: 99, right: 20 },
    ]);
    expect(rest(sheetRead("空", null))).toEqual([]);
  });

  it("packs the rows of consecutive sheets up to the budget and splits the area that does not fit", () => {
    const a = sheetRead("A", { top: 0, left: 0, bottom: 9, right: 9 });
    const b = sheetRead("B", { top: 0, left: 0, bottom: 99, right: 9 });
    const pending: Area[] = [...rest(a), ...rest(b)];
    // 10 columns at 10 bytes a cell: 100 bytes a row, 30 rows a chunk.
    const density = () => 10;
    expect(rows(takeChunk(pending, 3000, density))).toEqual(["A:0-9", "B:0-19"]);
    expect(rows(takeChunk(pending, 3000, density))).toEqual(["B:20-49"]);
    expect(rows(takeChunk(pending, 50, density))).toEqual(["B:50-50"]);
    expect(rows(pending)).toEqual(["B:51-99"]);
  });
});
