import fc from "fast-check";
import { toA1 } from "../../../src/workbook/address";
import { cellMapOf, entriesOf, lookup, type CellEntry } from "../../../src/workbook/write/cellMap";
import { CellSet } from "../../../src/workbook/write/cellSet";

const entry = (sheet: string, cell: string, value: number): CellEntry<number> => ({ sheet, cell, value });

describe("cellMapOf", () => {
  it("orders sheets by name and cells row by row, then column by column", () => {
    const map = cellMapOf([entry("b", "B2", 1), entry("a", "AA1", 2), entry("b", "A10", 3), entry("b", "C1", 4)]);
    expect(Object.keys(map)).toEqual(["a", "b"]);
    expect(Object.keys(map["b"] ?? {})).toEqual(["C1", "B2", "A10"]);
  });

  it("puts text that is no address last, by text, and keeps two spellings of one cell apart", () => {
    const map = cellMapOf([entry("s", "zz", 1), entry("s", "$A$1", 2), entry("s", "B1", 3), entry("s", "A1", 4)]);
    expect(Object.keys(map["s"] ?? {})).toEqual(["$A$1", "A1", "B1", "zz"]);
  });

  it("gives the same JSON whatever order the entries come in, the later entry for a cell winning", () => {
    const cell = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 40 }));
    const cells = fc.uniqueArray(cell, { minLength: 1, maxLength: 300, selector: ([r, c]) => `${r}:${c}` });
    fc.assert(
      fc.property(cells, fc.boolean(), (unique, reversed) => {
        const entries = unique.map(([row, col], i) => entry("表", toA1(row, col), i));
        const shuffled = reversed ? [...entries].reverse() : [...entries].sort((a, b) => (a.value % 7) - (b.value % 7));
        expect(JSON.stringify(cellMapOf(shuffled))).toBe(JSON.stringify(cellMapOf(entries)));
        const again = cellMapOf([...entries, entry("表", entries[0]?.cell ?? "A1", -1)]);
        expect(lookup(again, { sheet: "表", cell: entries[0]?.cell ?? "A1" })).toBe(-1);
      }),
    );
  });

  it("keeps a sheet or cell named __proto__ as an ordinary key", () => {
    const map = cellMapOf([entry("__proto__", "__proto__", 1), entry("constructor", "A1", 2)]);
    expect(lookup(map, { sheet: "__proto__", cell: "__proto__" })).toBe(1);
    expect(entriesOf(map)).toEqual([entry("__proto__", "__proto__", 1), entry("constructor", "A1", 2)]);
    expect(JSON.stringify(map)).toBe('{"__proto__":{"__proto__":1},"constructor":{"A1":2}}');
    expect(lookup(cellMapOf([]), { sheet: "constructor", cell: "A1" })).toBeUndefined();
  });
});

describe("CellSet", () => {
  it("tells cells of different sheets apart", () => {
    const set = new CellSet();
    set.add("预算", "A1");
    expect(set.has("预算", "A1")).toBe(true);
    expect(set.has("项目", "A1")).toBe(false);
    expect(set.has("预算", "A2")).toBe(false);
  });
});
