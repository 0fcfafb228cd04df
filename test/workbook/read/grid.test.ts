import { Grid } from "../../../src/workbook/read/grid";
import { sheet } from "../sheetBuilder";

describe("Grid", () => {
  const grid = new Grid(
    sheet(
      "表",
      [
        ["一级指标", "二级指标", { value: 0.96, format: "0%" }],
        ["产出指标", "数量指标", "  "],
        [null, null, 12],
      ],
      { origin: "B3", merges: ["B4:B5", "C4:D4", "not a range"] },
    ),
  );

  it("works in absolute coordinates from the snapshot's origin", () => {
    expect([grid.top, grid.left, grid.bottom, grid.right]).toEqual([2, 1, 4, 3]);
    expect(grid.raw(2, 1)).toBe("一级指标");
    expect(grid.raw(0, 0)).toBeNull();
    expect(grid.ref(4, 3)).toEqual({ sheet: "表", cell: "D5" });
  });

  it("reads every cell of a merged area as its top-left cell and refers to that cell", () => {
    expect(grid.value(4, 1)).toBe("产出指标");
    expect(grid.ref(4, 1)).toEqual({ sheet: "表", cell: "B4" });
    expect(grid.isCovered(4, 1)).toBe(true);
    expect(grid.isCovered(3, 1)).toBe(false);
  });

  it("lets the first of two overlapping merges win and clips merges past the used range", () => {
    const damaged = new Grid(
      sheet(
        "坏",
        [
          ["a", "b"],
          ["c", "d"],
        ],
        { merges: ["A2:B2", "A1:Z9999"] },
      ),
    );
    expect(damaged.value(1, 1)).toBe("c");
    expect(damaged.value(0, 1)).toBe("a");
    expect(damaged.mergeRight(0, 0)).toBe(25);
  });

  it("reads a cell past the used range through its merged area too, as if the used range reached it", () => {
    const wide = new Grid(sheet("宽", [["等级", null]], { merges: ["C1:C3", "B5:D6"] }));
    expect([wide.isCovered(1, 2), wide.isCovered(0, 2), wide.isCovered(5, 3), wide.isCovered(3, 3)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(wide.origin(5, 3)).toEqual({ row: 4, col: 1 });
  });

  it("knows where a merged area ends to the right", () => {
    expect(grid.mergeRight(3, 2)).toBe(3);
    expect(grid.mergeRight(4, 3)).toBe(3);
  });

  it.each([
    [4, 3, false, "a number"],
    [3, 3, false, "covered by a merge of a non-blank cell"],
    [4, 2, true, "null"],
  ])("isBlank(%i, %i) is %s for %s", (row, col, blank) => {
    expect(grid.isBlank(row, col)).toBe(blank);
  });

  it("gives the engine a cell's value with its number format, leaving General out", () => {
    const plain = new Grid(sheet("s", [[{ value: 0.96, format: "0%" }, 5, "  "]]));
    expect(plain.input(0, 0)).toEqual({ value: 0.96, numberFormat: "0%" });
    expect(plain.input(0, 1)).toEqual({ value: 5 });
    expect(plain.input(0, 2)).toEqual({ value: null });
  });

  it("treats an empty snapshot as an empty range", () => {
    const empty = new Grid(sheet("空", []));
    expect(empty.bottom).toBeLessThan(empty.top);
    expect(empty.isBlankRow(0)).toBe(true);
  });
});
