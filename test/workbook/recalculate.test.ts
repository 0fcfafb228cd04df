import { finding } from "../../src/core/findings/types";
import { clearMarks, recalculate } from "../../src/workbook/recalculate";
import { fillKey } from "../../src/workbook/snapshot";
import { HIGHLIGHT } from "../../src/workbook/write/colors";
import { readState } from "../../src/workbook/write/readState";
import { sheet, workbook } from "./sheetBuilder";
import { memoryHost } from "./write/memoryHost";
import { projectSheet } from "./write/projectSheet";

const valueAt = (host: ReturnType<typeof memoryHost>, sheetName: string, row: number, col: number) =>
  host.book.snapshot.sheets.find((sheet) => sheet.name === sheetName)?.values[row]?.[col];

describe("recalculate", () => {
  it("reads twice and writes once, filling the output cells", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet()), fills: {} });
    const { report } = await recalculate(host);
    expect(host.calls).toEqual(["readSnapshot", "readFills", "apply"]);
    expect(report.cellsWritten).toBeGreaterThan(0);
    expect(valueAt(host, "项目表", 3, 6)).toBeCloseTo(0.9, 12);
    expect(valueAt(host, "项目表", 3, 7)).toBe(9);
    expect([5, 6, 7].map((row) => valueAt(host, "项目表", row, 7))).toEqual([30, 30, 20]);
    expect(valueAt(host, "项目表", 8, 7)).toBe(89);
    expect(valueAt(host, "项目表", 9, 1)).toBe("良");
    expect(host.book.fills[fillKey("项目表", "H6")]).toBe(HIGHLIGHT.missed);
    expect(host.book.fills[fillKey("项目表", "I8")]).toBe(HIGHLIGHT.reasonMissing);
    expect(host.book.snapshot.sheets.map((sheet) => sheet.name)).toEqual(["项目表", "校验结果", "_selfeval_state"]);
  });

  it("leaves the workbook as it was when run a second time", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet()), fills: {} });
    const first = await recalculate(host);
    const after = host.book;
    const second = await recalculate(host);
    expect(second.plan).toEqual(first.plan);
    expect(host.book).toEqual(after);
  });

  it("leaves the workbook as it was when run a second time, with a 得分 merged into the 偏差原因 column", async () => {
    // Writing H6 would fill the 偏差原因 the merged area shows, and the second run would drop REASON_MISSING.
    const host = memoryHost({ snapshot: workbook({ ...projectSheet(), merges: ["H6:I6"] }), fills: {} });
    const first = await recalculate(host);
    const after = host.book;
    await recalculate(host);
    expect(first.plan.cells.map((write) => write.cell)).not.toContain("H6");
    expect(first.analysis.findings.filter((f) => f.cell === "H6").map((f) => f.code)).toEqual(
      expect.arrayContaining(["OUTPUT_MERGED", "REASON_MISSING"]),
    );
    expect(host.book).toEqual(after);
  });

  it("leaves the workbook as it was when run a second time, with the 等级 cell past the used range merged", async () => {
    // H4 lies right of the used range, inside H3:H4: once written, the used range reaches it and it reads as merged.
    const table = sheet(
      "表",
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "甲", "≥95%", "96%", 100],
        ["总分", null, null, null, null, 100],
        [null, null, null, null, null, null, "等级"],
      ],
      { merges: ["H3:H4"] },
    );
    const host = memoryHost({ snapshot: workbook(table), fills: {} });
    const first = await recalculate(host);
    const after = host.book;
    await recalculate(host);
    expect(first.plan.cells.map((write) => write.cell)).toEqual(["G2", "G3"]);
    expect(first.analysis.findings).toContainEqual(
      finding("OUTPUT_MERGED", { sheet: "表", cell: "H4" }, { name: "等级" }),
    );
    expect(host.book).toEqual(after);
  });

  it("fills the 实际完成值 of a ratio row from the budget table, once", async () => {
    const budget = sheet("预算表", [
      ["项目", "年初预算数", "全年预算数", "全年执行数"],
      ["支出合计", 100, 100, 95],
    ]);
    const ratioRow = projectSheet({ D7: "预算执行率", E7: "≥90%", F7: null });
    const host = memoryHost({ snapshot: workbook(ratioRow, budget), fills: {} });
    const { plan } = await recalculate(host);
    expect(plan.cells).toContainEqual({ sheet: "项目表", cell: "F7", value: 0.95, numberFormat: "0.00%" });
    const after = host.book;
    await recalculate(host);
    expect(host.book).toEqual(after);
    expect(readState(host.book.snapshot).state.written["项目表"]?.["F7"]).toBe(0.95);
  });

  it("keeps a score a person typed and reports the difference", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet({ H7: 28 })), fills: {} });
    const { plan, analysis } = await recalculate(host);
    expect(plan.cells.map((write) => write.cell)).not.toContain("H7");
    expect(valueAt(host, "项目表", 6, 7)).toBe(28);
    expect(analysis.findings.map((f) => f.code)).toContain("SCORE_MISMATCH");
  });

  it("reports a 得分 too large to be one and keeps it out of the 总分, which it would make Infinity", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet({ H7: 1.797693134862316e306 })), fills: {} });
    const { plan, analysis } = await recalculate(host);
    expect(analysis.findings).toContainEqual(
      finding("NUMBER_TOO_LARGE", { sheet: "项目表", cell: "H7" }, { name: "按期办结率" }),
    );
    expect(plan.cells.map((write) => write.cell)).not.toContain("H7");
    expect(plan.cells).toContainEqual({ sheet: "项目表", cell: "H9", value: 89, numberFormat: "0.00" });
  });

  it("writes the 校验结果 sheet in English for en-US", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet()), fills: {} });
    const { plan } = await recalculate(host, { locale: "en-US" });
    expect(plan.sheets[0]?.rows[0]?.[0]?.value).toBe("Severity");
  });

  it("does not ask for fills when nothing is to be highlighted", async () => {
    const host = memoryHost({ snapshot: workbook(projectSheet({ E4: 100, E6: "≥1500件", E8: "≥95%" })), fills: {} });
    await recalculate(host);
    expect(host.calls).toEqual(["readSnapshot", "apply"]);
  });
});

describe("clearMarks", () => {
  it("restores the fills the add-in replaced and keeps its values", async () => {
    const original = { [fillKey("项目表", "H6")]: "#00B0F0" };
    const host = memoryHost({ snapshot: workbook(projectSheet()), fills: original });
    await recalculate(host);
    const values = host.book.snapshot.sheets[0]?.values;
    await clearMarks(host);
    expect(host.book.fills[fillKey("项目表", "H6")]).toBe("#00B0F0");
    expect(host.book.fills[fillKey("项目表", "I8")]).toBeNull();
    expect(host.book.snapshot.sheets[0]?.values).toEqual(values);
    expect(readState(host.book.snapshot).state.savedFills).toEqual({});
  });
});
