import { finding, type Finding } from "../../../src/core/findings/types";
import type { OwnedSheet } from "../../../src/workbook/plan";
import { STATE_SHEET_NAME } from "../../../src/workbook/state";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { planRecalculation } from "../../../src/workbook/write/buildPlan";
import { SEVERITY_FILL } from "../../../src/workbook/write/colors";
import { findingsSheet, findingsSheetName } from "../../../src/workbook/write/findingsSheet";
import { applyPlanToSnapshot } from "./applyPlan";
import { makeAnalysis, makeIndicator, makeResult, makeSheet, makeTable, TABLE } from "./factories";

const snapshot: WorkbookSnapshot = {
  sheets: [makeSheet(TABLE, { A1: "x" }), makeSheet("隐藏表", { A1: "x" }, { visibility: "hidden" })],
};
const missed = finding("REASON_MISSING", { sheet: TABLE, cell: "F6" }, { name: "信访事项办结率", trigger: "missed" });
const total = finding("TOTAL_MISMATCH", { sheet: TABLE, cell: "E10" }, { entered: 90, computed: 88.5 });
const hidden = finding("ACTUAL_MISSING", { sheet: "隐藏表", cell: "C4" }, { name: "x" });
const values = (sheet: OwnedSheet) => sheet.rows.map((row) => row.map((cell) => cell.value));

describe("findingsSheet", () => {
  it("lists one row per finding under a frozen header, 单元格 linking to the cell", () => {
    const sheet = findingsSheet("校验结果", [total, missed], snapshot);
    expect(sheet).toMatchObject({ name: "校验结果", purpose: "findings", visibility: "visible", freezeRows: 1 });
    expect(values(sheet)[0]).toEqual(["级别", "工作表", "单元格", "代码", "说明", "建议"]);
    expect(
      values(sheet)
        .slice(1)
        .map((row) => row.slice(0, 4)),
    ).toEqual([
      ["错误", TABLE, "E10", "TOTAL_MISMATCH"],
      ["警告", TABLE, "F6", "REASON_MISSING"],
    ]);
    expect(sheet.rows[1]?.[2]?.link).toEqual({ sheet: TABLE, cell: "E10" });
    expect(sheet.rows[2]?.[2]?.link).toEqual({ sheet: TABLE, cell: "F6" });
    expect(sheet.rows[1]?.[0]?.fill).toBe(SEVERITY_FILL.error);
    expect(sheet.rows[2]?.[0]?.fill).toBe(SEVERITY_FILL.warning);
    expect(sheet.columnWidths).toHaveLength(6);
    expect(typeof sheet.rows[1]?.[4]?.value).toBe("string");
  });

  it("writes English headers and text for en-US", () => {
    const sheet = findingsSheet("校验结果", [missed], snapshot, "en-US");
    expect(values(sheet)[0]).toEqual(["Severity", "Sheet", "Cell", "Code", "Message", "Suggestion"]);
    expect(values(sheet)[1]?.[0]).toBe("warning");
  });

  it("does not link to a cell on a hidden sheet", () => {
    expect(findingsSheet("校验结果", [hidden], snapshot).rows[1]?.[2]).toEqual({ value: "C4" });
  });

  it("says so when there is nothing to report", () => {
    expect(values(findingsSheet("校验结果", [], snapshot))).toEqual([
      ["级别", "工作表", "单元格", "代码", "说明", "建议"],
      ["未发现问题"],
    ]);
  });

  it.each(['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)"])(
    "keeps workbook text %s a plain string in the plan",
    (text) => {
      const f: Finding = finding("TARGET_UNPARSEABLE", { sheet: text, cell: "B6" }, { name: text, text });
      const sheet = findingsSheet("校验结果", [f], snapshot);
      const row = sheet.rows[1] ?? [];
      expect(row[1]).toEqual({ value: text });
      expect(row[4]?.value).toEqual(expect.stringContaining(text));
      expect(row.every((cell) => cell.value === null || typeof cell.value === "string")).toBe(true);
    },
  );
});

describe("findingsSheetName", () => {
  it("is 校验结果 when free or the add-in's own", () => {
    expect(findingsSheetName(snapshot, [])).toBe("校验结果");
    const ours = { sheets: [...snapshot.sheets, makeSheet("校验结果", { A1: "级别" })] };
    expect(findingsSheetName(ours, ["校验结果"])).toBe("校验结果");
  });

  it("moves to 校验结果 (2), then (3), past sheets a person made", () => {
    const theirs = { sheets: [...snapshot.sheets, makeSheet("校验结果", { A1: "我的笔记" })] };
    expect(findingsSheetName(theirs, [])).toBe("校验结果 (2)");
    const both = { sheets: [...theirs.sheets, makeSheet("校验结果 (2)", { A1: "我的笔记" })] };
    expect(findingsSheetName(both, [])).toBe("校验结果 (3)");
  });
});

describe("planRecalculation: the 校验结果 sheet", () => {
  const result = makeResult([makeTable([makeIndicator(6)])], [missed]);

  it("never touches a person's 校验结果 and writes the findings beside it", () => {
    const theirs = { sheets: [...snapshot.sheets, makeSheet("校验结果", { A1: "我的笔记" })] };
    const plan = planRecalculation(makeAnalysis(theirs, result), {});
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["校验结果 (2)", STATE_SHEET_NAME]);
    const again = applyPlanToSnapshot(theirs, {}, plan).snapshot;
    const second = planRecalculation(makeAnalysis(again, result), {});
    expect(second.sheets.map((sheet) => sheet.name)).toEqual(["校验结果 (2)", STATE_SHEET_NAME]);
    expect(second.removeSheets).toEqual([]);
  });

  it("moves back to 校验结果 once the person's sheet is gone, removing its own 校验结果 (2)", () => {
    const theirs = { sheets: [...snapshot.sheets, makeSheet("校验结果", { A1: "我的笔记" })] };
    const first = applyPlanToSnapshot(theirs, {}, planRecalculation(makeAnalysis(theirs, result), {})).snapshot;
    const deleted = { sheets: first.sheets.filter((sheet) => sheet.name !== "校验结果") };
    const plan = planRecalculation(makeAnalysis(deleted, result), {});
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["校验结果", STATE_SHEET_NAME]);
    expect(plan.removeSheets).toEqual(["校验结果 (2)"]);
    const after = applyPlanToSnapshot(deleted, {}, plan).snapshot;
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([TABLE, "隐藏表", STATE_SHEET_NAME, "校验结果"]);
  });
});
