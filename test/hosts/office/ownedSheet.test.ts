import { documentReference } from "../../../src/hosts/office/ownedSheetCells";
import { characterWidthToPoints } from "../../../src/hosts/office/writeOwnedSheet";

describe("documentReference", () => {
  it("quotes the sheet name and doubles its apostrophes", () => {
    expect(documentReference({ sheet: "O'Brien 表", cell: "H7" })).toBe("'O''Brien 表'!H7");
    expect(documentReference({ sheet: "表1", cell: "A1" })).toBe("'表1'!A1");
  });
});

describe("characterWidthToPoints", () => {
  it("gives Excel's default 8.43-character column as 48 points", () => {
    expect(characterWidthToPoints(8.43)).toBe(48);
  });
});
