import { hyperlinkFormula } from "../../../src/hosts/office/ownedSheetCells";
import { characterWidthToPoints } from "../../../src/hosts/office/writeOwnedSheet";

describe("hyperlinkFormula", () => {
  it("links to a cell of a quoted sheet, with quotes and apostrophes escaped", () => {
    expect(hyperlinkFormula({ sheet: "O'Brien 表", cell: "H7" }, 'say "hi"')).toBe(
      `=HYPERLINK("#'O''Brien 表'!H7","say ""hi""")`,
    );
  });

  it("joins text over Excel's 255-character string constant limit from pieces", () => {
    const formula = hyperlinkFormula({ sheet: "表1", cell: "A1" }, "字".repeat(300));
    expect(formula).toBe(`=HYPERLINK("#'表1'!A1","${"字".repeat(255)}"&"${"字".repeat(45)}")`);
  });
});

describe("characterWidthToPoints", () => {
  it("gives Excel's default 8.43-character column as 48 points", () => {
    expect(characterWidthToPoints(8.43)).toBe(48);
  });
});
