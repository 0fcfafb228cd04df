import type { CellRef } from "../../core/location";
import { createOfficeHost } from "../../hosts/office/createOfficeHost";
import type { ExcelRun } from "../../hosts/office/runExcel";
import type { WorkbookHost } from "../../workbook/host";
import type { TemplateSheet } from "../../workbook/template/types";
import { insertTemplate } from "./insertTemplate";
import { selectCell } from "./selectCell";

/**
 * Everything the pane asks of Excel. The components receive it as a prop (null outside Excel), so tests hand them
 * one built over the fake Excel, or stubs, and no component touches `Excel` itself.
 */
export type PaneServices = {
  readonly host: WorkbookHost;
  selectCell(ref: CellRef): Promise<void>;
  /** @returns the names the sheets were given */
  insertTemplate(sheets: readonly TemplateSheet[]): Promise<string[]>;
};

/** The pane's services over `Excel.run` (or a fake's `run`). */
export function createPaneServices(run: ExcelRun): PaneServices {
  return {
    host: createOfficeHost(run),
    selectCell: (ref) => selectCell(run, ref),
    insertTemplate: (sheets) => insertTemplate(run, sheets),
  };
}
