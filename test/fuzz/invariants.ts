import type { Finding } from "../../src/core/findings/types";
import { MOF_2020 } from "../../src/core/rules/mof2020";
import { PRESETS } from "../../src/core/rules/presets";
import { fromA1 } from "../../src/workbook/address";
import type { Analysis } from "../../src/workbook/analyse";
import type { WritePlan } from "../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * What must hold for any workbook, however damaged (SPEC §4, §5): each returns the problems found, empty when all
 * is well, so that a failing property prints every broken promise of the case at once.
 */

/** Excel's grid: columns A…XFD, rows 1…1,048,576. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Excel refuses a cell text longer than this. */
export const MAX_CELL_TEXT = 32_767;

/** A plain A1 address inside Excel's grid (no sheet, no `$`, no range). */
export function isValidA1(address: string): boolean {
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(address)) return false;
  const at = fromA1(address);
  return at !== null && at.row < MAX_ROW && at.col < MAX_COL;
}

/** Strings the add-in itself writes into a form's cells: the grades of every rule set it ships. */
const OWN_STRINGS: ReadonlySet<string> = new Set(
  [MOF_2020, ...Object.values(PRESETS)].flatMap((rules) => (rules.grades ?? []).map((band) => band.label)),
);

/** Number formats the add-in sets on the cells it writes. */
const OWN_FORMATS: ReadonlySet<string> = new Set(["0.00", "0.00%"]);

const HEX_COLOR = /^#[0-9A-F]{6}$/i;

function cellOf(snapshot: WorkbookSnapshot, sheetName: string, address: string) {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetName);
  const at = fromA1(address);
  if (!sheet || !at) return { sheet, value: null as CellValue, formula: null as string | null };
  const row = at.row - sheet.origin.row;
  const col = at.col - sheet.origin.col;
  return { sheet, value: sheet.values[row]?.[col] ?? null, formula: sheet.formulas[row]?.[col] ?? null };
}

/** Empty as a person sees it: nothing, or only white space. */
const isBlank = (value: CellValue): boolean => value === null || (typeof value === "string" && value.trim() === "");

/** Every finding points at a sheet of the workbook and a valid cell of it. */
export function findingProblems(findings: readonly Finding[], snapshot: WorkbookSnapshot): string[] {
  const names = new Set(snapshot.sheets.map((sheet) => sheet.name));
  return findings.flatMap((f) => {
    const problems: string[] = [];
    if (!names.has(f.sheet)) problems.push(`${f.code} names sheet "${f.sheet}", not in the workbook`);
    if (!isValidA1(f.cell)) problems.push(`${f.code} on ${f.sheet} names cell "${f.cell}", not an A1 address`);
    if (!["error", "warning", "info"].includes(f.severity)) problems.push(`${f.code} has severity ${f.severity}`);
    return problems;
  });
}

/**
 * The plan writes only where it may (SPEC §4): existing, unprotected sheets, valid cells; a cell only when it is
 * blank or still holds what the add-in wrote (`state.written`), never a formula; values are numbers, null or the
 * add-in's own words, so nothing a person typed is copied into a cell where Excel could read it as a formula.
 * Owned sheets never take a person's sheet's name, and no text exceeds Excel's 32,767 characters.
 */
export function planProblems(plan: WritePlan, analysis: Analysis): string[] {
  const { snapshot, state } = analysis;
  const problems: string[] = [];
  for (const write of plan.cells) {
    const where = `${write.sheet}!${write.cell}`;
    const { sheet, value, formula } = cellOf(snapshot, write.sheet, write.cell);
    if (!sheet) problems.push(`writes ${where}: no such sheet`);
    else if (sheet.protected) problems.push(`writes ${where}: the sheet is protected`);
    if (!isValidA1(write.cell)) problems.push(`writes "${write.cell}": not an A1 address`);
    if (formula !== null) problems.push(`writes ${where} over the formula ${formula}`);
    const owned = state.written[write.sheet]?.[write.cell];
    if (!isBlank(value) && value !== owned) {
      problems.push(`writes ${where} over a person's ${JSON.stringify(value)} (the add-in owned ${owned})`);
    }
    if (typeof write.value === "number" && !Number.isFinite(write.value))
      problems.push(`writes ${write.value} to ${where}`);
    if (typeof write.value === "string" && !OWN_STRINGS.has(write.value)) {
      problems.push(`writes the text ${JSON.stringify(write.value.slice(0, 40))} to ${where}: not the add-in's own`);
    }
    if (write.numberFormat !== undefined && !OWN_FORMATS.has(write.numberFormat)) {
      problems.push(`sets the format ${write.numberFormat} on ${where}`);
    }
  }
  for (const fill of plan.fills) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === fill.sheet);
    if (!sheet || sheet.protected) problems.push(`fills ${fill.sheet}!${fill.cell}: missing or protected sheet`);
    if (!isValidA1(fill.cell)) problems.push(`fills "${fill.cell}": not an A1 address`);
    if (fill.color !== null && !HEX_COLOR.test(fill.color)) problems.push(`fills with colour ${fill.color}`);
  }
  const personSheets = snapshot.sheets.filter((sheet) => !state.createdSheets.includes(sheet.name));
  for (const owned of plan.sheets) {
    if (owned.purpose !== "state" && personSheets.some((sheet) => sheet.name === owned.name)) {
      problems.push(`replaces the person's sheet ${owned.name}`);
    }
    owned.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT) {
          problems.push(`${owned.name} row ${r + 1} col ${c + 1}: ${cell.value.length} characters (Excel: ≤ 32,767)`);
        }
        if (cell.link && !isValidA1(cell.link.cell)) problems.push(`${owned.name} links to "${cell.link.cell}"`);
      }),
    );
  }
  for (const name of plan.removeSheets) {
    if (!state.createdSheets.includes(name)) problems.push(`removes ${name}, which the add-in did not create`);
  }
  return problems;
}
