import type { CellWrite } from "../../workbook/plan";
import { TEXT_FORMAT, toCellInput } from "./cellInput";
import { groupBySheet, type Located } from "./positions";
import type { RequestQueue } from "./requestQueue";
import { type BlockEntry, writeBlock } from "./writeBlock";

/** Untouched cells a column run may bridge with null entries, cheaper than starting another range. */
const MAX_GAP = 2;

const UNCHANGED: BlockEntry = { value: null, numberFormat: null };

/**
 * Queues the plan's cell writes as vertical runs: a form's output cells (得分, 执行率, 实际完成值) sit one above
 * the other in a column, so each column of a table becomes one 2-D write. Returns the number of cells written.
 */
export async function writeCells(
  queue: RequestQueue,
  context: Excel.RequestContext,
  cells: readonly CellWrite[],
): Promise<number> {
  let written = 0;
  for (const [sheet, located] of groupBySheet(cells)) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    written += located.length;
    for (const run of columnRuns(located)) {
      const first = run[0];
      const last = run[run.length - 1];
      const byRow = new Map(run.map((write) => [write.row, write]));
      const rows: BlockEntry[][] = [];
      for (let row = first.row; row <= last.row; row += 1) {
        const write = byRow.get(row);
        rows.push([write ? toEntry(write) : UNCHANGED]);
      }
      await writeBlock(queue, worksheet, first, rows);
    }
  }
  return written;
}

/** Cells grouped by column and split where more than `MAX_GAP` rows lie between neighbours. */
function columnRuns(cells: readonly Located<CellWrite>[]): Located<CellWrite>[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Located<CellWrite>[][] = [];
  let run: Located<CellWrite>[] = [];
  for (const cell of sorted) {
    const last = run[run.length - 1];
    if (last && (last.col !== cell.col || cell.row - last.row > MAX_GAP + 1)) {
      runs.push(run);
      run = [];
    }
    run.push(cell);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function toEntry(write: CellWrite): BlockEntry {
  const input = toCellInput(write.value);
  return { value: input.value, numberFormat: input.asText ? TEXT_FORMAT : (write.numberFormat ?? null) };
}
