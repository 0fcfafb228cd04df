import { describe, expect, it } from "@jest/globals";
import { applyPlan } from "../../../src/hosts/xlsx/applyPlan";
import { PlanInvalidError, SheetProtectedError } from "../../../src/hosts/xlsx/errors";
import { readFills } from "../../../src/hosts/xlsx/readFills";
import { readSnapshot } from "../../../src/hosts/xlsx/readSnapshot";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import type { OwnedSheet, WritePlan } from "../../../src/workbook/plan";
import { changedCells, cellStates } from "./compareCells";
import { fixtureWorkbook } from "./fixtureWorkbook";
import { loadBytes, roundTrip } from "./roundTrip";
import { savedLinks } from "./savedLinks";

const EMPTY: WritePlan = { cells: [], fills: [], sheets: [], removeSheets: [] };

const findingsSheet: OwnedSheet = {
  name: "校验结果",
  purpose: "findings",
  visibility: "visible",
  rows: [
    [
      { value: "级别", bold: true, fill: "#D9D9D9" },
      { value: "单元格", bold: true },
      { value: "说明", bold: true },
    ],
    [{ value: "警告" }, { value: "F3", link: { sheet: "自评表", cell: "F3" } }, { value: "=1+1 不是公式", wrap: true }],
  ],
  columnWidths: [8, 10, 40],
  freezeRows: 1,
};

const stateSheet: OwnedSheet = {
  name: "_selfeval_state",
  purpose: "state",
  visibility: "veryHidden",
  rows: [[{ value: '{"version":1}' }]],
  columnWidths: [],
};

const plan: WritePlan = {
  cells: [
    { sheet: "自评表", cell: "F2", value: 20, numberFormat: "0.00" },
    { sheet: "自评表", cell: "F3", value: 20 },
    { sheet: "自评表", cell: "G2", value: "=1+1" },
    { sheet: "自评表", cell: "F4", value: null },
  ],
  fills: [
    { sheet: "自评表", cell: "B3", color: "#FFC7CE" },
    { sheet: "自评表", cell: "A1", color: null },
  ],
  sheets: [findingsSheet, stateSheet],
  removeSheets: [],
};

const planCells = new Set(["F2", "F3", "G2", "F4", "B3", "A1"].map((cell) => `自评表!${cell}`));

describe("applyPlan", () => {
  it("writes the plan's values, formats and fills and leaves every other cell exactly as it was", async () => {
    const input = await fixtureWorkbook();
    const before = cellStates(input);
    applyPlan(input, plan);
    const output = await roundTrip(input);
    const changed = changedCells(before, cellStates(output)).filter((key) => !key.startsWith("校验结果!"));
    expect(changed.filter((key) => !planCells.has(key) && !key.startsWith("_selfeval_state!"))).toEqual([]);
    const table = output.getWorksheet("自评表")!;
    expect(table.getCell("F2").value).toBe(20);
    expect(table.getCell("F2").numFmt).toBe("0.00");
    expect(table.getCell("F4").value).toBeNull();
    expect(table.getCell("F2").border).toEqual(input.getWorksheet("自评表")!.getCell("F2").border);
    expect(readFills(output, [{ sheet: "自评表", cell: "B3" }])).toEqual({ "自评表!B3": "#FFC7CE" });
    // A1 shares its style with the other header cells: only A1 loses its grey.
    expect(
      readFills(output, [
        { sheet: "自评表", cell: "A1" },
        { sheet: "自评表", cell: "B1" },
      ]),
    ).toEqual({
      "自评表!A1": null,
      "自评表!B1": "#D9D9D9",
    });
    expect(table.getCell("A1").font.bold).toBe(true);
  });

  it("keeps a string that starts with = as text through save and reload", async () => {
    const workbook = await fixtureWorkbook();
    applyPlan(workbook, plan);
    const output = await roundTrip(workbook);
    const [table] = readSnapshot(output).sheets;
    expect(table?.values[1]?.[6]).toBe("=1+1");
    expect(table?.formulas[1]?.[6]).toBeNull();
    expect(readSnapshot(output).sheets.find((s) => s.name === "校验结果")?.values[1]?.[2]).toBe("=1+1 不是公式");
  });

  it("replaces an add-in sheet in its tab position and adds the state sheet very hidden", async () => {
    const workbook = await fixtureWorkbook();
    applyPlan(workbook, plan);
    const bytes = await workbookBytes(workbook);
    const output = await loadBytes(bytes);
    expect(output.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["自评表", "visible"],
      ["封面", "visible"],
      ["校验结果", "visible"],
      ["说明", "hidden"],
      ["_selfeval_state", "veryHidden"],
    ]);
    const findings = output.getWorksheet("校验结果")!;
    expect(findings.getCell("A1").value).toBe("级别");
    expect(findings.getCell("A1").font.bold).toBe(true);
    expect(findings.getCell("B2").value).toBe("F3");
    expect((await savedLinks(bytes)).get("校验结果")).toEqual(
      new Map([["B2", { location: "自评表!F3", display: "F3" }]]),
    );
    expect(findings.getCell("C2").alignment.wrapText).toBe(true);
    expect(findings.getColumn(3).width).toBe(40);
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // ExcelJS writes <calcPr fullCalcOnLoad="1"> from this flag but does not read it back.
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("removes add-in sheets it is told to remove", async () => {
    const workbook = await fixtureWorkbook();
    const report = applyPlan(workbook, { ...EMPTY, removeSheets: ["校验结果", "不存在"] });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["自评表", "封面", "说明"]);
    expect(report).toEqual({ cellsWritten: 0, fillsWritten: 0, sheetsWritten: 0, syncs: 0 });
  });

  it("restores a highlighted cell's original fill exactly, theme colours included", async () => {
    const workbook = await fixtureWorkbook();
    const cell = workbook.getWorksheet("自评表")!.getCell("G4");
    const original = cell.fill;
    // Accent 2 of the theme ExcelJS wrote into the fixture, as Excel shows it.
    const [themed] = Object.values(readFills(workbook, [{ sheet: "自评表", cell: "G4" }]));
    expect(themed).toBe("#C0504D");
    applyPlan(workbook, { ...EMPTY, fills: [{ sheet: "自评表", cell: "G4", color: "#FFEB9C" }] });
    expect(cell.fill).not.toEqual(original);
    applyPlan(workbook, { ...EMPTY, fills: [{ sheet: "自评表", cell: "G4", color: themed }] });
    expect(cell.fill).toEqual(original);
  });

  it("refuses a plan that touches a protected sheet before changing anything", async () => {
    const workbook = await fixtureWorkbook();
    const before = cellStates(workbook);
    const touching: WritePlan = { ...plan, cells: [...plan.cells, { sheet: "封面", cell: "B2", value: 1 }] };
    expect(() => applyPlan(workbook, touching)).toThrow(SheetProtectedError);
    expect(changedCells(before, cellStates(workbook))).toEqual([]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["自评表", "封面", "校验结果", "说明"]);
  });

  it("refuses a plan naming a missing sheet or a bad address before changing anything", async () => {
    const workbook = await fixtureWorkbook();
    const before = cellStates(workbook);
    const bad: WritePlan = {
      ...plan,
      fills: [
        ...plan.fills,
        { sheet: "不存在", cell: "A1", color: null },
        { sheet: "自评表", cell: "1A", color: null },
      ],
    };
    expect(() => applyPlan(workbook, bad)).toThrow(PlanInvalidError);
    expect(changedCells(before, cellStates(workbook))).toEqual([]);
  });

  it.each(["g2", "$F$2", "F0", "XFE1", "A1048577", "F2:F3"])(
    "refuses a plan writing to %s, which is no cell of a sheet, before changing anything",
    async (address) => {
      const workbook = await fixtureWorkbook();
      const before = cellStates(workbook);
      const bad: WritePlan = { ...plan, cells: [...plan.cells, { sheet: "自评表", cell: address, value: 1 }] };
      expect(() => applyPlan(workbook, bad)).toThrow(PlanInvalidError);
      expect(changedCells(before, cellStates(workbook))).toEqual([]);
    },
  );
});
