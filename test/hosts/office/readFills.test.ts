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

  describe("after a snapshot", () => {
    const FILLS = { "表1!H5": "#FFC7CE", "表1!C9": "#FFEB9C", "表2!A1": "#FF0000" };

    function setUp() {
      const book = workbook(indicatorSheet("表1", 10), sheet({ name: "表2", values: [["a"]] }), sheet({ name: "空" }));
      const fake = createFakeExcel(fakeWorkbookFromSnapshot(book, FILLS));
      return { fake, host: createOfficeHost((batch) => fake.run(batch)) };
    }

    it("answers the cells the snapshot covered without a sync, as a read from Excel would", async () => {
      const { fake, host } = setUp();
      const cells: CellRef[] = ["B3", "H5", "H6", "C9", "I15"].map((cell) => ({ sheet: "表1", cell }));
      cells.push({ sheet: "表2", cell: "A1" });
      const uncached = await createOfficeHost((batch) => fake.run(batch)).readFills(cells);
      await host.readSnapshot();
      const syncs = host.syncCount();
      expect(await host.readFills(cells)).toEqual(uncached);
      expect(host.syncCount()).toBe(syncs);
      expect(uncached).toMatchObject({ "表1!H5": "#FFC7CE", "表1!H6": null, "表1!C9": "#FFEB9C", "表2!A1": "#FF0000" });
    });

    it("reads from Excel, in 1 sync, only the cells the snapshot did not cover", async () => {
      const { fake, host } = setUp();
      await host.readSnapshot();
      const before = fake.requests.length;
      const fills = await host.readFills([
        { sheet: "表1", cell: "H5" },
        { sheet: "表1", cell: "Z99" },
        { sheet: "空", cell: "A1" },
      ]);
      expect(fills).toEqual({ "表1!H5": "#FFC7CE", "表1!Z99": null, "空!A1": null });
      expect(fake.requests.length - before).toBe(1);
      // Two cells read, not three: each cell's properties weigh 60 bytes of response.
      expect(fake.requests[before]?.responseBytes).toBe(2 * 60);
    });

    it("reads from Excel again once a plan was applied, which changes fills", async () => {
      const { fake, host } = setUp();
      await host.readSnapshot();
      await host.apply({
        cells: [],
        fills: [{ sheet: "表1", cell: "H6", color: "#FFC7CE" }],
        sheets: [],
        removeSheets: [],
      });
      const syncs = host.syncCount();
      expect(await host.readFills([{ sheet: "表1", cell: "H6" }])).toEqual({ "表1!H6": "#FFC7CE" });
      expect(host.syncCount()).toBe(syncs + 1);
      expect(fake.requests.at(-1)?.error).toBeNull();
    });
  });
});
