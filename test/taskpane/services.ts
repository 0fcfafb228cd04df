import { createOfficeHost } from "../../src/hosts/office/createOfficeHost";
import type { ExcelRun } from "../../src/hosts/office/runExcel";
import { insertTemplate } from "../../src/taskpane/office/insertTemplate";
import { selectCell } from "../../src/taskpane/office/selectCell";
import type { PaneServices } from "../../src/taskpane/office/services";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { createFakeExcel, type FakeExcel, fakeWorkbookFromSnapshot } from "../hosts/office/fakeExcel";

export type FakePane = { readonly services: PaneServices; readonly fake: FakeExcel };

/**
 * The pane's services over the typed fake Excel holding `snapshot`: the real Office host, cell selection and
 * template insertion, as `createPaneServices` builds them, except that cell-edit retries do not wait.
 */
export function fakePane(snapshot: WorkbookSnapshot): FakePane {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
  const run: ExcelRun = (batch) => fake.run(batch);
  const services: PaneServices = {
    host: createOfficeHost(run, { pause: () => Promise.resolve() }),
    selectCell: (ref) => selectCell(run, ref),
    insertTemplate: (sheets) => insertTemplate(run, sheets),
  };
  return { services, fake };
}
