import { isCellAddress } from "../../src/workbook/address";

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
