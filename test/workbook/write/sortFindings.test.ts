import { finding } from "../../../src/core/findings/types";
import { sortFindings } from "../../../src/workbook/write/sortFindings";
import { makeSheet } from "./factories";

const snapshot = { sheets: [makeSheet("预算表"), makeSheet("项目表")] };
const at = (sheet: string, cell: string) => ({ sheet, cell });

describe("sortFindings", () => {
  it("orders by severity, then sheet in workbook order, then cell row by row", () => {
    const findings = [
      finding("ACTUAL_MISSING", at("项目表", "F6"), { name: "a" }),
      finding("TARGET_MISSED", at("预算表", "A1"), { name: "b", target: "", actual: "", score: 0, weight: 1 }),
      finding("ACTUAL_MISSING", at("项目表", "AA5"), { name: "c" }),
      finding("ACTUAL_MISSING", at("项目表", "B10"), { name: "d" }),
      finding("ACTUAL_MISSING", at("预算表", "C3"), { name: "e" }),
      finding("TOTAL_MISMATCH", at("项目表", "H20"), { entered: 1, computed: 2 }),
      finding("RULE_SET_INVALID", at("", ""), { detail: "x" }),
    ];
    expect(sortFindings(findings, snapshot).map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
      "error !",
      "error 项目表!H20",
      "warning 预算表!C3",
      "warning 项目表!AA5",
      "warning 项目表!F6",
      "warning 项目表!B10",
      "info 预算表!A1",
    ]);
  });
});
