import type ExcelJS from "exceljs";
import type { ApplyReport, CellWrite, FillWrite, WritePlan } from "../../workbook/plan";
import { themeColors, type ThemeColors } from "./colors";
import { PlanInvalidError } from "./errors";
import { fillColor, solidFill } from "./fills";
import { keepActiveTabVisible, type SheetLookup } from "./sheetOrder";
import { validatePlan } from "./validatePlan";
import { writeOwnedSheet } from "./writeOwnedSheet";

/**
 * The fill each cell had before this workbook object was first highlighted, so that restoring it (the colour
 * `readFills` reported, or none) puts back the very same fill, theme colours and patterns included.
 */
const originalFills = new WeakMap<ExcelJS.Workbook, Map<string, ExcelJS.Fill | undefined>>();

type Style = Partial<ExcelJS.Style>;

/** What a restyle does, as a key: `numFmt:…`, `fill:#RRGGBB`, `fill:none`, or the original fill object put back. */
type Change = string | ExcelJS.Fill;

/** Replaces a cell's style by a copy with one change. */
type Restyle = (cell: ExcelJS.Cell, change: Change, apply: (style: Style) => void) => void;

/**
 * ExcelJS shares one style object among all cells loaded with the same style, so a cell's style is replaced by a
 * copy, never changed in place: changing it would restyle every cell that shares it. The copies are shared in turn,
 * one per style and change (unstyled cells, each with its own empty object, count as one style): ExcelJS's writer
 * describes each distinct style object anew, once per highlighted cell otherwise.
 */
function restyler(): Restyle {
  const unstyled: Style = {};
  const copies = new Map<Style, Map<Change, Style>>();
  return (cell, change, apply) => {
    const from = Object.keys(cell.style).length === 0 ? unstyled : cell.style;
    const ofStyle = copies.get(from) ?? new Map<Change, Style>();
    copies.set(from, ofStyle);
    let style = ofStyle.get(change);
    if (style === undefined) {
      style = { ...from };
      apply(style);
      ofStyle.set(change, style);
    }
    cell.style = style;
  };
}

/** The cell a validated plan names (validation guarantees the sheet exists). */
function cellOf(sheets: SheetLookup, write: CellWrite | FillWrite): ExcelJS.Cell {
  const sheet = sheets(write.sheet);
  if (!sheet) throw new PlanInvalidError([`找不到工作表「${write.sheet}」`]);
  return sheet.getCell(write.cell);
}

function writeCell(sheets: SheetLookup, restyle: Restyle, write: CellWrite): void {
  const cell = cellOf(sheets, write);
  // A plain string is stored as text even when it starts with "=": ExcelJS makes formulas only from { formula }.
  cell.value = write.value;
  const numberFormat = write.numberFormat;
  if (numberFormat !== undefined) restyle(cell, `numFmt:${numberFormat}`, (style) => (style.numFmt = numberFormat));
}

/** What the fill writes of one plan share: the workbook's sheets, styles, original fills and theme. */
type FillContext = {
  readonly sheets: SheetLookup;
  readonly restyle: Restyle;
  readonly saved: Map<string, ExcelJS.Fill | undefined>;
  readonly theme: ThemeColors;
};

function writeFill({ sheets, restyle, saved, theme }: FillContext, write: FillWrite): void {
  const cell = cellOf(sheets, write);
  const key = `${write.sheet}!${write.cell}`;
  if (!saved.has(key)) saved.set(key, cell.style.fill);
  const original = saved.get(key);
  const color = write.color;
  const restores = fillColor(original, theme) === color;
  const fill = restores ? original : color === null ? undefined : solidFill(color);
  const change = restores && original ? original : `fill:${color ?? "none"}`;
  restyle(cell, change, (style) => {
    if (fill) style.fill = fill;
    else delete style.fill;
  });
}

/**
 * Applies a write plan to an ExcelJS workbook, all or nothing: the plan is validated first and a protected sheet
 * (SheetProtectedError) or an unknown sheet or address (PlanInvalidError) stops it before any change. Cells outside
 * the plan keep their values, formulas and styles.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): ApplyReport {
  const sheets = validatePlan(workbook, plan);
  const restyle = restyler();
  for (const write of plan.cells) writeCell(sheets, restyle, write);
  const saved = originalFills.get(workbook) ?? new Map<string, ExcelJS.Fill | undefined>();
  originalFills.set(workbook, saved);
  const fills: FillContext = { sheets, restyle, saved, theme: themeColors(workbook) };
  for (const write of plan.fills) writeFill(fills, write);
  for (const name of plan.removeSheets) {
    const sheet = sheets(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  for (const sheet of plan.sheets) writeOwnedSheet(workbook, sheet);
  keepActiveTabVisible(workbook);
  // ExcelJS computes no formulas: Excel recalculates the ones that depend on the written cells when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  return {
    cellsWritten: plan.cells.length,
    fillsWritten: plan.fills.length,
    sheetsWritten: plan.sheets.length,
    syncs: 0,
  };
}
