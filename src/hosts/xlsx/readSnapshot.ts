import type ExcelJS from "exceljs";
import { ValueType } from "./exceljs";
import { rangeFromA1, toA1 } from "../../workbook/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { normaliseCell } from "./normaliseCell";
import { MAX_SHEET_CELLS, SheetTooLargeError } from "./errors";
import { isProtected } from "./protection";
import { xmlSafe } from "./xmlText";
import { builtContent, cellIndex, coveredCells, type SheetContent } from "./writeSheetContent";

const GENERAL = "General";

type Box = { top: number; left: number; bottom: number; right: number };

type ReadCell = { row: number; col: number; value: CellValue; formula: string | null; numberFormat: string };

function grow(box: Box | null, row: number, col: number): Box {
  if (!box) return { top: row, left: col, bottom: row, right: col };
  return {
    top: Math.min(box.top, row),
    left: Math.min(box.left, col),
    bottom: Math.max(box.bottom, row),
    right: Math.max(box.right, col),
  };
}

function mergeRange(box: Box): string {
  return `${toA1(box.top - 1, box.left - 1)}:${toA1(box.bottom - 1, box.right - 1)}`;
}

type SheetCells = { readonly cells: readonly ReadCell[]; readonly merges: readonly Box[] };

function worksheetCells(worksheet: ExcelJS.Worksheet): SheetCells {
  const cells: ReadCell[] = [];
  const merges = new Map<string, Box>();
  worksheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, colNumber) => {
      if (cell.type === ValueType.Merge) {
        // Each merged area is rebuilt from the cells ExcelJS ties to its master (all of them exist after a load).
        // (`fullAddress`, because ExcelJS's declarations type `row`/`col` as strings.)
        const master = cell.master.fullAddress;
        const area = merges.get(master.address) ?? grow(null, master.row, master.col);
        merges.set(master.address, grow(area, rowNumber, colNumber));
      }
      const { value, formula } = normaliseCell(cell);
      const numberFormat = cell.numFmt ?? GENERAL;
      if (value === "" && formula === null && numberFormat === GENERAL) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, formula, numberFormat });
    }),
  );
  return { cells, merges: [...merges.values()] };
}

/** A sheet the host built whole, read from its content as ExcelJS would read it back from the saved file. */
function contentCells(content: SheetContent): SheetCells {
  const covered = coveredCells(content.merges);
  const cells: ReadCell[] = [];
  content.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const text = typeof cell.value === "string" ? xmlSafe(cell.value) : cell.value;
      const value = text === null || covered.has(cellIndex(r, c)) ? "" : text;
      const numberFormat = cell.numberFormat ?? GENERAL;
      if (value === "" && numberFormat === GENERAL) return;
      cells.push({ row: r, col: c, value, formula: null, numberFormat });
    }),
  );
  const merges = (content.merges ?? []).flatMap((range) => {
    const area = rangeFromA1(range);
    return area ? [{ top: area.top + 1, left: area.left + 1, bottom: area.bottom + 1, right: area.right + 1 }] : [];
  });
  return { cells, merges };
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const content = builtContent(worksheet);
  const { cells, merges } = content ? contentCells(content) : worksheetCells(worksheet);
  // The used range counts values only (Office's `getUsedRange(true)`): a styled empty column does not widen it.
  const box: Box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const cell of cells) {
    if (cell.value === "" && cell.formula === null) continue;
    box.top = Math.min(box.top, cell.row);
    box.left = Math.min(box.left, cell.col);
    box.bottom = Math.max(box.bottom, cell.row);
    box.right = Math.max(box.right, cell.col);
  }
  if (box.bottom < 0) Object.assign(box, { top: 0, left: 0 });
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  // Dense grids of a whole sheet (A1 and XFD1048576 both used) would need billions of cells: refuse by name instead.
  if (height * width > MAX_SHEET_CELLS) throw new SheetTooLargeError(worksheet.name, height * width);
  const values = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
  const formulas = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats = Array.from({ length: height }, () => new Array<string>(width).fill(GENERAL));
  for (const cell of cells) {
    const r = cell.row - box.top;
    const c = cell.col - box.left;
    if (r < 0 || c < 0 || r >= height || c >= width) continue;
    values[r][c] = cell.value;
    formulas[r][c] = cell.formula;
    numberFormats[r][c] = cell.numberFormat;
  }
  return {
    name: worksheet.name,
    protected: isProtected(worksheet),
    visibility: worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible",
    origin: { row: box.top, col: box.left },
    values,
    formulas,
    numberFormats,
    merges: merges.map(mergeRange),
  };
}

/**
 * Throws SheetTooLargeError when a sheet's used range passes MAX_SHEET_CELLS.
 *
 * Every sheet of an ExcelJS workbook as the host-neutral snapshot, in tab order: the used range's values, formulas
 * and number formats, normalised to what Office.js reports, with merges, protection and visibility.
 */
export function readSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(readSheet) };
}
