import { createOfficeHost } from "../../../src/hosts/office";
import type { CellRef } from "../../../src/core/location";
import { toA1 } from "../../../src/workbook/address";
import { fillKey } from "../../../src/workbook/snapshot";
import { createFakeExcel, fakeWorkbookFromSnapshot } from "./fakeExcel";
import { indicatorSheet, sheet, workbook } from "./workbooks";

describe("readFills", () => {
  it("returns each asked cell's fill colour, and null for a cell without fill", async () => {
    const book = workbook(indicatorSheet("表1", 10), sheet({ name: "表2", values: [["a"]] }));
    const fake = createFakeExcel(
      fakeWorkbookFromSnapshot(book, { "表1!H5": "#ffc7ce", "表1!I7": "#FFEB9C", "表2!A1": "#FF0000" }),
    );
    const cells: CellRef[] = [
      { sheet: "表1", cell: "H5" },
      { sheet: "表1", cell: "H6" },
      { sheet: "表1", cell: "I7" },
      { sheet: "表2", cell: "A1" },
      { sheet: "表2", cell: "Z99" },
    ];
    const host = createOfficeHost((batch) => fake.run(batch));
    expect(await host.readFills(cells)).toEqual({
      [fillKey("表1", "H5")]: "#FFC7CE",
      [fillKey("表1", "H6")]: null,
      [fillKey("表1", "I7")]: "#FFEB9C",
      [fillKey("表2", "A1")]: "#FF0000",
      [fillKey("表2", "Z99")]: null,
    });
    expect(host.syncCount()).toBe(1);
  });

  it.each([10, 10_000])(
    "reads the cells of %i highlighted rows in 1 sync, reading no cell not asked for",
    async (rows) => {
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(workbook(indicatorSheet("表1", rows))));
      // Every third row highlighted across its eight cells, plus every reason cell: the shape a recalculation asks for.
      const cells: CellRef[] = [];
      for (let row = 4; row < rows + 4; row += 1) {
        if (row % 3 === 0) for (let col = 1; col <= 8; col += 1) cells.push({ sheet: "表1", cell: toA1(row, col) });
        else cells.push({ sheet: "表1", cell: toA1(row, 8) });
      }
      const host = createOfficeHost((batch) => fake.run(batch));
      const fills = await host.readFills(cells);
      expect(Object.keys(fills)).toHaveLength(cells.length);
      expect(host.syncCount()).toBe(1);
      // A cell's fill reads back as ~56 bytes of JSON; the bounding range (every row's 8 cells) would be 2.4× more.
      expect(fake.requests[0].responseBytes).toBeLessThan(cells.length * 60);
    },
  );
});
