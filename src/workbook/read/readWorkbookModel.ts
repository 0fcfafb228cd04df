import { finding, type Finding } from "../../core/findings/types";
import type { WorkbookModel } from "../../core/model";
import type { WorkbookSnapshot } from "../snapshot";
import type { OwnedValue } from "./entered";
import { mergeBudgetBlocks } from "./mergeBudgetBlocks";
import { isInputSheet } from "./inputSheets";
import { holdsFacts } from "./readFacts";
import { readSheet, type SheetContents } from "./readSheet";

/** The blocks found on one sheet, top to bottom, so the task pane can say what it read. */
export type SheetReading = {
  readonly sheet: string;
  readonly blocks: readonly ("project" | "department" | "budget")[];
};

/** Options of `readWorkbookModel`. */
export type ReadOptions = {
  /** Sheets a person asked to leave out (Settings.ignoredSheets); skipped without a finding. */
  readonly ignoredSheets?: readonly string[];
};

/** What the workbook holds for the engine, what could not be read, and what was found where. */
export type WorkbookReading = {
  readonly model: WorkbookModel;
  readonly findings: Finding[];
  readonly sheets: readonly SheetReading[];
};

/**
 * Reads the workbook's tables (SPEC §2) into the engine's model: every project and department table of every sheet,
 * and one budget table joined from the budget blocks. `ownedValue` gives what the add-in wrote into a cell last time;
 * an output cell (得分, 执行率, 总分, 等级) still holding exactly that is not a person's entry. A sheet with no block
 * gets SHEET_NOT_RECOGNISED (info) unless it holds the 基本情况 the report reads; the add-in's own sheets and ignored
 * ones are skipped silently.
 */
export function readWorkbookModel(
  snapshot: WorkbookSnapshot,
  ownedValue: OwnedValue,
  options: ReadOptions = {},
): WorkbookReading {
  const ignored = new Set(options.ignoredSheets ?? []);
  const read: SheetContents[] = snapshot.sheets
    .filter(({ name }) => isInputSheet(name, ignored))
    .map((sheet) => readSheet(sheet, ownedValue));
  const findings: Finding[] = [];
  const sheets = read.map((contents): SheetReading => {
    const blocks = [...contents.tables.map((table) => table.kind), ...contents.budgets.map(() => "budget" as const)];
    findings.push(...contents.findings);
    if (blocks.length === 0 && !holdsFacts(contents.grid)) {
      findings.push(finding("SHEET_NOT_RECOGNISED", { sheet: contents.grid.sheet, cell: "A1" }, {}));
    }
    return { sheet: contents.grid.sheet, blocks };
  });
  return {
    model: {
      tables: read.flatMap((contents) => contents.tables),
      budget: mergeBudgetBlocks(read.flatMap(({ grid, budgets }) => budgets.map((block) => ({ grid, block })))),
    },
    findings,
    sheets,
  };
}
