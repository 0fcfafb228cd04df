import { toSheetSnapshot } from "../../../src/hosts/office/toSheetSnapshot";

const sheet = { name: "表1", protected: false, visibility: "visible" as const };

describe("toSheetSnapshot", () => {
  it("keeps formula text only where the cell holds a formula's result, not text that starts with =", () => {
    const snapshot = toSheetSnapshot(sheet, {
      origin: { row: 4, col: 2 },
      values: [[10, "=A1", "", "#DIV/0!"]],
      formulas: [["=SUM(A1:A3)", "=A1", "", "=1/0"]],
      numberFormats: [["0.00", "@", "General", "General"]],
      merges: [],
    });
    expect(snapshot.formulas).toEqual([["=SUM(A1:A3)", null, null, "=1/0"]]);
    expect(snapshot.values).toEqual([[10, "=A1", "", "#DIV/0!"]]);
    expect(snapshot.origin).toEqual({ row: 4, col: 2 });
  });

  it("turns Office's merged-area addresses into local A1 ranges, once each", () => {
    const snapshot = toSheetSnapshot(sheet, {
      origin: { row: 0, col: 0 },
      values: [],
      formulas: [],
      numberFormats: [],
      merges: ["A5:A9", "'My, sheet'!$B$2:$C$2", "A5:A9"],
    });
    expect(snapshot.merges).toEqual(["A5:A9", "B2:C2"]);
  });
});
