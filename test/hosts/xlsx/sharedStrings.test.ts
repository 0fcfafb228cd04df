import { describe, expect, it } from "@jest/globals";
import { sharedStrings } from "../../../src/hosts/xlsx/sharedStrings";
import { xmlBytes } from "../../../src/hosts/xlsx/xmlText";

/** A shared-strings part as ExcelJS writes it. */
const EXCELJS_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="2">' +
  "<si><t>级别</t></si><si><t>工作表</t></si></sst>";

describe("sharedStrings", () => {
  it("adds each new text once after ExcelJS's own, and counts every reference", () => {
    const strings = sharedStrings(EXCELJS_PART);
    expect(strings.added()).toBe(false);
    expect([strings.index("说明"), strings.index(" a<b "), strings.index("说明")]).toEqual([2, 3, 2]);
    expect(strings.added()).toBe(true);
    expect(Buffer.concat(strings.part()).toString("utf8")).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="4">' +
        '<si><t>级别</t></si><si><t>工作表</t></si><si><t>说明</t></si><si><t xml:space="preserve"> a&lt;b </t></si></sst>',
    );
  });

  it("refuses text when ExcelJS wrote no shared strings, and a part it cannot read", () => {
    expect(() => sharedStrings(undefined).index("x")).toThrow("no shared strings");
    expect(() => sharedStrings("<sst/>")).toThrow("unreadable");
  });
});

describe("xmlBytes", () => {
  it("encodes text of any length, across its chunks, as pieces that join into its UTF-8 bytes", () => {
    const pieces = ["<a>", "中".repeat(700_000), "</a>", ..."x".repeat(5000).split(""), "é".repeat(2_000_000)];
    const out = xmlBytes();
    for (const piece of pieces) out.write(piece);
    const written = out.pieces();
    expect(written.length).toBeGreaterThan(1);
    expect(written.every((piece) => piece.length > 0)).toBe(true);
    expect(Buffer.concat(written).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("hands over no piece for no text", () => {
    expect(xmlBytes().pieces()).toEqual([]);
  });
});
