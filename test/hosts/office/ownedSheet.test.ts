import { characterWidthToPoints } from "../../../src/hosts/office/writeOwnedSheet";

describe("characterWidthToPoints", () => {
  it("gives Excel's default 8.43-character column as 48 points", () => {
    expect(characterWidthToPoints(8.43)).toBe(48);
  });
});
