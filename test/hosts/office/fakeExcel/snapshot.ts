import { fromA1, rangeFromA1 } from "../../../../src/workbook/address";
import type { CellFills, SheetSnapshot, WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import { rectA1 } from "./address";
import { cellKey, editCell, emptyWorkbook, type FakeVisibility, type FakeWorkbook, newSheet } from "./model";
import { usedRect } from "./worksheet";

const TO_FAKE: { readonly [V in SheetSnapshot["visibility"]]: FakeVisibility } = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

const FROM_FAKE: { readonly [V in FakeVisibility]: SheetSnapshot["visibility"] } = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * A fake workbook holding what a snapshot describes: values (with formulas and their results), number formats,
 * merges, protection and visibility; `fills` ("Sheet!A1" → colour) adds fill colours.
 */
export function fakeWorkbookFromSnapshot(snapshot: WorkbookSnapshot, fills: CellFills = {}): FakeWorkbook {
  const workbook = emptyWorkbook();
  for (const sheetSnapshot of snapshot.sheets) {
    const sheet = newSheet(sheetSnapshot.name, TO_FAKE[sheetSnapshot.visibility]);
    sheet.protected = sheetSnapshot.protected;
    sheetSnapshot.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheetSnapshot.formulas[r]?.[c] ?? null;
        const numberFormat = sheetSnapshot.numberFormats[r]?.[c] ?? "General";
        if ((value === null || value === "") && formula === null && numberFormat === "General") return;
        const cell = editCell(sheet, sheetSnapshot.origin.row + r, sheetSnapshot.origin.col + c);
        cell.value = value ?? "";
        cell.formula = formula;
        cell.numberFormat = numberFormat;
      }),
    );
    sheet.merges = sheetSnapshot.merges.flatMap((merge) => rangeFromA1(merge) ?? []);
    workbook.sheets.push(sheet);
  }
  for (const [key, color] of Object.entries(fills)) {
    const bang = key.lastIndexOf("!");
    const sheet = workbook.sheets.find((candidate) => candidate.name === key.slice(0, bang));
    const position = fromA1(key.slice(bang + 1));
    if (sheet && position) editCell(sheet, position.row, position.col).fill = color;
  }
  return workbook;
}

/**
 * The snapshot a faithful Office reader must produce from this fake: each sheet's values-only used range
 * (empty cells as "", formula cells' results in `values`, formula text in `formulas`) and all of its merges.
 * Built from the model directly, not through the fake's Office objects, so it checks the host independently.
 */
export function snapshotOfFake(workbook: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((sheet) => {
      const rect = usedRect(sheet, true);
      const grid = <T>(at: (row: number, col: number) => T): T[][] => {
        if (!rect) return [];
        const rows: T[][] = [];
        for (let row = rect.top; row <= rect.bottom; row += 1) {
          const line: T[] = [];
          for (let col = rect.left; col <= rect.right; col += 1) line.push(at(row, col));
          rows.push(line);
        }
        return rows;
      };
      const cell = (row: number, col: number) => sheet.cells.get(cellKey(row, col));
      return {
        name: sheet.name,
        protected: sheet.protected,
        visibility: FROM_FAKE[sheet.visibility],
        origin: rect ? { row: rect.top, col: rect.left } : { row: 0, col: 0 },
        values: grid((row, col) => cell(row, col)?.value ?? ""),
        formulas: grid((row, col) => cell(row, col)?.formula ?? null),
        numberFormats: grid((row, col) => cell(row, col)?.numberFormat ?? "General"),
        merges: sheet.merges.map(rectA1),
      };
    }),
  };
}
