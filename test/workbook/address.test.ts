import fc from "fast-check";
import {
  cellIndex,
  columnName,
  documentReference,
  fromA1,
  isCellAddress,
  rangeFromA1,
  toA1,
} from "../../src/workbook/address";

describe("fromA1", () => {
  it.each([
    ["A1", 0, 0],
    ["H7", 6, 7],
    ["$B$12", 11, 1],
    ["b$3", 2, 1],
    ["aa10", 9, 26],
    ["XFD1048576", 1048575, 16383],
  ])("reads %s as row %i, column %i", (address, row, col) => {
    expect(fromA1(address)).toEqual({ row, col });
  });

  it.each(["", "A", "1", "A0", "A1:B2", "A1 ", " A1", "AAAA1", "XFE1", "A1048577", "A-1", "$$A1", "A$$1", "Ａ1", "é1"])(
    "refuses %j",
    (address) => {
      expect(fromA1(address)).toBeNull();
    },
  );

  it("reads back every address toA1 writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });
});

describe("cellIndex", () => {
  it("numbers cells in reading order, -1 for text that is no address", () => {
    expect(cellIndex("A1")).toBe(0);
    expect(cellIndex("B1")).toBe(1);
    expect(cellIndex("A2")).toBe(16384);
    expect(cellIndex("$XFD$1048576")).toBe(1048576 * 16384 - 1);
    expect(cellIndex("A0")).toBe(-1);
    expect(cellIndex("总分")).toBe(-1);
  });
});

describe("rangeFromA1", () => {
  it("orders the corners and drops a sheet prefix", () => {
    expect(rangeFromA1("'预算'!C9:A5")).toEqual({ top: 4, left: 0, bottom: 8, right: 2 });
    expect(rangeFromA1("B2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(rangeFromA1("B2:")).toBeNull();
  });

  it("names columns past Z", () => {
    expect(columnName(26)).toBe("AA");
    expect(columnName(16383)).toBe("XFD");
  });
});

describe("isCellAddress", () => {
  it.each(["A1", "H7", "ZZ99", "XFD1", "A1048576", "XFD1048576"])("takes %s for a cell", (text) => {
    expect(isCellAddress(text)).toBe(true);
  });

  it.each([
    "",
    "h7",
    "$H$7",
    "H$7",
    "H0",
    "H07",
    "XFE1",
    "ZZZ1",
    "AAAA1",
    "A1048577",
    "A10485760",
    "H7:H8",
    " H7",
    "7H",
  ])("refuses %j", (text) => {
    expect(isCellAddress(text)).toBe(false);
  });
});

describe("documentReference", () => {
  it.each(["项目表", "表1", "Sheet1", "_x", "a.b", "XFE1", "RD", "CA"])("writes the plain name %s bare", (sheet) => {
    expect(documentReference({ sheet, cell: "H7" })).toBe(`${sheet}!H7`);
  });

  it.each([
    ["O'Brien 表", "'O''Brien 表'!H7"],
    ["感叹!号", "'感叹!号'!H7"],
    ["My sheet", "'My sheet'!H7"],
    ["2024年项目表", "'2024年项目表'!H7"],
    ["（一）", "'（一）'!H7"],
    ["A1", "'A1'!H7"],
    ["xfd1048576", "'xfd1048576'!H7"],
    ["R", "'R'!H7"],
    ["c12", "'c12'!H7"],
    ["R2C3", "'R2C3'!H7"],
    ["True", "'True'!H7"],
  ])("quotes %s, its apostrophes doubled", (sheet, reference) => {
    expect(documentReference({ sheet, cell: "H7" })).toBe(reference);
  });
});
