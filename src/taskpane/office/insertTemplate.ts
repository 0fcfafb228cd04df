import { TEXT_FORMAT, toCellInput } from "../../hosts/office/cellInput";
import { rectAddress, toRectangles, type Position } from "../../hosts/office/rectangles";
import { type ExcelRun, runExcel } from "../../hosts/office/runExcel";
import { characterWidthToPoints } from "../../hosts/office/writeOwnedSheet";
import { columnName } from "../../workbook/address";
import type { SheetCell } from "../../workbook/plan";
import type { TemplateSheet } from "../../workbook/template/types";
import { freeSheetName } from "./freeSheetName";

/**
 * Adds blank template sheets to the workbook and activates the first. A sheet of the same name is never replaced:
 * the new one gets a free name ("项目支出绩效自评表 (2)"). Two requests: the sheet names, then everything else.
 * @returns the names the sheets were given
 */
export function insertTemplate(run: ExcelRun, sheets: readonly TemplateSheet[]): Promise<string[]> {
  return runExcel(run, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const taken = worksheets.items.map((worksheet) => worksheet.name);
    const added = sheets.map((sheet) => {
      const name = freeSheetName(sheet.name, taken);
      taken.push(name);
      const worksheet = worksheets.add(name);
      queueTemplate(worksheet, sheet);
      return { name, worksheet };
    });
    added[0]?.worksheet.activate();
    await context.sync();
    return added.map(({ name }) => name);
  });
}

function queueTemplate(worksheet: Excel.Worksheet, sheet: TemplateSheet): void {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width > 0) {
    const padded = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, col): SheetCell => row[col] ?? { value: null }),
    );
    const inputs = padded.map((row) => row.map((cell) => toCellInput(cell.value)));
    const range = worksheet.getRangeByIndexes(0, 0, padded.length, width);
    // The format goes first, so that text Excel would parse (a leading "=", "1,391") is stored as typed.
    range.numberFormat = padded.map((row, r) =>
      row.map((cell, c) => (inputs[r]?.[c]?.asText ? TEXT_FORMAT : (cell.numberFormat ?? null))),
    );
    range.values = inputs.map((row) => row.map((input) => input.value));
  }
  for (const { style, cells } of styleGroups(sheet)) {
    // One RangeAreas per distinct style: per-cell format calls are very slow in Excel (office-js #12).
    const areas = worksheet.getRanges(toRectangles(cells).map(rectAddress).join(","));
    if (style.bold !== undefined) areas.format.font.bold = style.bold;
    if (style.size !== undefined) areas.format.font.size = style.size;
    if (style.wrap !== undefined) areas.format.wrapText = style.wrap;
    if (style.fill !== undefined) areas.format.fill.color = style.fill;
  }
  sheet.columnWidths.forEach((width, col) => {
    worksheet.getRange(`${columnName(col)}:${columnName(col)}`).format.columnWidth = characterWidthToPoints(width);
  });
  for (const merge of sheet.merges ?? []) worksheet.getRange(merge).merge(false);
}

type Style = Pick<SheetCell, "bold" | "size" | "wrap" | "fill">;

function styleGroups(sheet: TemplateSheet): { style: Style; cells: Position[] }[] {
  const groups = new Map<string, { style: Style; cells: Position[] }>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style: Style = {
        ...(cell.bold !== undefined && { bold: cell.bold }),
        ...(cell.size !== undefined && { size: cell.size }),
        ...(cell.wrap !== undefined && { wrap: cell.wrap }),
        ...(cell.fill !== undefined && { fill: cell.fill }),
      };
      if (Object.keys(style).length === 0) return;
      const key = JSON.stringify(style);
      const group = groups.get(key) ?? { style, cells: [] };
      group.cells.push({ row: r, col: c });
      groups.set(key, group);
    }),
  );
  return [...groups.values()];
}
