import { analyseWorkbook } from "../../src/workbook/analyse";
import { STATE_SHEET_NAME } from "../../src/workbook/state";
import { sheet, workbook } from "./sheetBuilder";
import { projectSheet } from "./write/projectSheet";

const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe("analyseWorkbook", () => {
  it("reads and scores a workbook the add-in never touched", () => {
    const analysis = analyseWorkbook(workbook(projectSheet()));
    expect(analysis.state.written).toEqual({});
    expect(analysis.ruleSet.id).toBe("mof-2020");
    expect(analysis.result.tables).toHaveLength(1);
    expect(analysis.result.tables[0]).toMatchObject({ total: 89, grade: "良" });
    expect(analysis.sheets).toEqual([{ sheet: "项目表", blocks: ["project"] }]);
    expect(codes(analysis.findings)).toEqual(expect.arrayContaining(["TARGET_MISSED", "OVER_ACHIEVED"]));
  });

  it("sorts findings by severity, then sheet in workbook order, then cell in reading order", () => {
    const { findings } = analyseWorkbook(workbook(sheet("说明", [["随便写写"]]), projectSheet()));
    const rank = { error: 0, warning: 1, info: 2 };
    const order = ["说明", "项目表"];
    const keys = findings.map((f) => [rank[f.severity], order.indexOf(f.sheet)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it("uses the rules given over the workbook's and keeps them in the settings", () => {
    const analysis = analyseWorkbook(workbook(projectSheet()), { rules: "grades-80-70-60" });
    expect(analysis.settings.rules).toBe("grades-80-70-60");
    expect(analysis.result.tables[0]?.grade).toBe("优");
  });

  it("falls back to mof-2020 with RULE_SET_INVALID when the rules given are invalid", () => {
    const analysis = analyseWorkbook(workbook(projectSheet()), { rules: "no-such-rules" });
    expect(analysis.ruleSet.id).toBe("mof-2020");
    expect(analysis.settings.rules).toBe("mof-2020");
    expect(analysis.findings[0]).toMatchObject({ code: "RULE_SET_INVALID", severity: "error" });
  });

  it("reports SHEET_PROTECTED at A1 of a protected sheet holding a table", () => {
    const analysis = analyseWorkbook(
      workbook(projectSheet({}, { protected: true }), sheet("锁定说明", [["x"]], { protected: true })),
    );
    const protectedFindings = analysis.findings.filter((f) => f.code === "SHEET_PROTECTED");
    expect(protectedFindings).toEqual([expect.objectContaining({ sheet: "项目表", cell: "A1", severity: "error" })]);
  });

  it("reports STATE_INVALID for a corrupt state sheet and does not read it as a table", () => {
    const broken = sheet(STATE_SHEET_NAME, [["{not json"]], { visibility: "veryHidden" });
    const analysis = analyseWorkbook(workbook(projectSheet(), broken));
    expect(codes(analysis.findings)).toContain("STATE_INVALID");
    expect(analysis.findings.filter((f) => f.sheet === STATE_SHEET_NAME).map((f) => f.code)).toEqual(["STATE_INVALID"]);
  });

  it("leaves out the sheets the settings ignore", () => {
    const state = JSON.stringify({
      version: 1,
      written: {},
      savedFills: {},
      createdSheets: [STATE_SHEET_NAME],
      settings: { rules: "mof-2020", ignoredSheets: ["项目表"] },
    });
    const analysis = analyseWorkbook(
      workbook(projectSheet(), sheet(STATE_SHEET_NAME, [[state]], { visibility: "veryHidden" })),
    );
    expect(analysis.result.tables).toEqual([]);
    expect(analysis.settings.ignoredSheets).toEqual(["项目表"]);
  });
});
