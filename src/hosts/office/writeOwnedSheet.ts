import { columnName, toA1 } from "../../workbook/address";
import type { ChartSpec, OwnedSheet } from "../../workbook/plan";
import { writeRows, writeStyles } from "./ownedSheetCells";
import { callBytes, NAVIGATION_BYTES, RANGE_BYTES } from "./payload";
import type { RequestQueue } from "./requestQueue";

/**
 * Queues a sheet the add-in owns: the old one (if any) is deleted and a new one added, which drops its old rows,
 * formats and chart at once; then rows (links included), styles, column widths, frozen rows, the chart and the
 * visibility. String literals stand for Office enums ("VeryHidden", "ColumnClustered"), because the `Excel`
 * namespace object exists only inside Office.
 */
export async function writeOwnedSheet(
  queue: RequestQueue,
  context: Excel.RequestContext,
  sheet: OwnedSheet,
  exists: boolean,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const worksheet = await queue.add(2 * RANGE_BYTES + 2 * callBytes(sheet.name), () => {
    if (exists) sheets.getItem(sheet.name).delete();
    return sheets.add(sheet.name);
  });
  await writeRows(queue, worksheet, sheet);
  await writeStyles(queue, worksheet, sheet);
  for (const { from, to, width } of widthRuns(sheet.columnWidths)) {
    const address = `${columnName(from)}:${columnName(to)}`;
    const setWidth = (): void => {
      worksheet.getRange(address).format.columnWidth = characterWidthToPoints(width);
    };
    await queue.add(RANGE_BYTES + NAVIGATION_BYTES + callBytes(width), setWidth, 0, worksheet);
  }
  const freezeRows = sheet.freezeRows ?? 0;
  if (freezeRows > 0) {
    const freeze = (): void => worksheet.freezePanes.freezeRows(freezeRows);
    await queue.add(NAVIGATION_BYTES + callBytes(freezeRows), freeze, 0, worksheet);
  }
  const chart = sheet.chart;
  if (chart) {
    // The data range, the charts collection, the chart and its title, and the add, title and position calls.
    const bytes = 3 * RANGE_BYTES + NAVIGATION_BYTES + 3 * callBytes(chart);
    await queue.add(bytes, () => addChart(worksheet, chart), 0, worksheet);
  }
  if (sheet.visibility === "veryHidden") {
    const hide = (): void => {
      worksheet.visibility = "VeryHidden";
    };
    await queue.add(callBytes(sheet.visibility), hide, 0, worksheet);
  }
}

function addChart(worksheet: Excel.Worksheet, spec: ChartSpec): void {
  const { top, left, bottom, right } = spec.data;
  const data = worksheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  const chart = worksheet.charts.add("ColumnClustered", data, "Columns");
  chart.title.text = spec.title;
  chart.setPosition(toA1(spec.anchor.row, spec.anchor.col));
}

/** Consecutive columns of equal width, so that "A:C" is set once. */
function widthRuns(widths: readonly number[]): { from: number; to: number; width: number }[] {
  const runs: { from: number; to: number; width: number }[] = [];
  widths.forEach((width, col) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.to === col - 1) last.to = col;
    else runs.push({ from: col, to: col, width });
  });
  return runs;
}

/**
 * Column width in characters (as the plan and the .xlsx file give it) → points (as `format.columnWidth` takes it):
 * Excel's default font is 7 pixels per character plus 5 pixels of padding, and a pixel is 0.75 point at 96 dpi.
 * The default width of 8.43 characters gives 64 pixels = 48 points, Excel's own figure.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.trunc(characters * 7 + 5) * 0.75;
}
