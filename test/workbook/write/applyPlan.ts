import { fromA1 } from "../../../src/workbook/address";
import type { WritePlan } from "../../../src/workbook/plan";
import {
  fillKey,
  type CellFills,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../../src/workbook/snapshot";

/** A sheet cell in absolute coordinates ("row,col" keys, zero-based), as a host would keep it. */
type Cell = { value: CellValue; formula: string | null; format: string };

/** What a host holds: the cells (as a snapshot) and every cell's fill. */
export type Workbook = { readonly snapshot: WorkbookSnapshot; readonly fills: CellFills };

/**
 * Applies a plan to an in-memory workbook the way the hosts do: values (strings as text, so no formula), number
 * formats, fills, owned sheets created or replaced whole, add-in sheets removed. Cells the plan does not name keep
 * value, formula and format.
 */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, fills: CellFills, plan: WritePlan): Workbook {
  const bySheet = new Map(snapshot.sheets.map((sheet) => [sheet.name, cellsOf(sheet)]));
  for (const write of plan.cells) {
    const cells = bySheet.get(write.sheet);
    const at = fromA1(write.cell);
    if (!cells || !at) throw new Error(`no cell ${write.sheet}!${write.cell}`);
    const key = `${at.row},${at.col}`;
    const format = write.numberFormat ?? cells.get(key)?.format ?? "General";
    cells.set(key, { value: write.value, formula: null, format });
  }
  const nextFills: { [key: string]: string | null } = { ...fills };
  for (const fill of plan.fills) nextFills[fillKey(fill.sheet, fill.cell)] = fill.color;
  let sheets = snapshot.sheets
    .filter((sheet) => !plan.removeSheets.includes(sheet.name))
    .map((sheet) => sheetOf(sheet, bySheet.get(sheet.name) ?? new Map<string, Cell>()));
  for (const owned of plan.sheets) {
    const cells = new Map<string, Cell>();
    owned.rows.forEach((row, r) =>
      row.forEach((cell, c) =>
        cells.set(`${r},${c}`, { value: cell.value, formula: null, format: cell.numberFormat ?? "General" }),
      ),
    );
    const base = { name: owned.name, protected: false, visibility: owned.visibility };
    const replaced = sheetOf(
      { ...base, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] },
      cells,
    );
    sheets = sheets.some((sheet) => sheet.name === owned.name)
      ? sheets.map((sheet) => (sheet.name === owned.name ? replaced : sheet))
      : [...sheets, replaced];
  }
  return { snapshot: { sheets }, fills: nextFills };
}

function cellsOf(sheet: SheetSnapshot): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas[r]?.[c] ?? null;
      const format = sheet.numberFormats[r]?.[c] ?? "General";
      cells.set(`${r + sheet.origin.row},${c + sheet.origin.col}`, { value, formula, format });
    }),
  );
  return cells;
}

/** A dense used range over the cells holding anything, as hosts report it. */
function sheetOf(base: SheetSnapshot, cells: Map<string, Cell>): SheetSnapshot {
  const used = [...cells].filter(([, cell]) => cell.value !== null || cell.formula !== null);
  const points = used.map(([key]) => key.split(",").map(Number) as [number, number]);
  if (points.length === 0) return { ...base, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
  const top = Math.min(...points.map(([r]) => r));
  const left = Math.min(...points.map(([, c]) => c));
  const bottom = Math.max(...points.map(([r]) => r));
  const right = Math.max(...points.map(([, c]) => c));
  const grid = <T>(pick: (cell: Cell | undefined) => T): T[][] =>
    Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => pick(cells.get(`${r + top},${c + left}`))),
    );
  return {
    ...base,
    origin: { row: top, col: left },
    values: grid((cell) => cell?.value ?? null),
    formulas: grid((cell) => cell?.formula ?? null),
    numberFormats: grid((cell) => cell?.format ?? "General"),
  };
}
