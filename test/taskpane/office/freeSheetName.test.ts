import { freeSheetName } from "../../../src/taskpane/office/freeSheetName";

describe("freeSheetName", () => {
  it("keeps a name no sheet has", () => {
    expect(freeSheetName("预算收支表", ["项目表"])).toBe("预算收支表");
  });

  it("numbers a taken name as Excel numbers copies, comparing without case", () => {
    expect(freeSheetName("Budget", ["budget"])).toBe("Budget (2)");
    expect(freeSheetName("预算收支表", ["预算收支表", "预算收支表 (2)"])).toBe("预算收支表 (3)");
  });

  it("shortens the base so that the numbered name stays within 31 characters", () => {
    const long = "一".repeat(31);
    const name = freeSheetName(long, [long]);
    expect(name).toBe(`${"一".repeat(27)} (2)`);
    expect(name.length).toBe(31);
  });
});
