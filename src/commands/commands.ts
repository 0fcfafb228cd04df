import { createOfficeHost } from "../hosts/office/createOfficeHost";
import type { ExcelRun } from "../hosts/office/runExcel";
import { selectCell } from "../taskpane/office/selectCell";
import { localeFor } from "../taskpane/i18n";
import { recalculate } from "../workbook/recalculate";

/**
 * The ribbon's 一键计算 (ExecuteFunction): recalculates without opening the pane.
 *
 * How it reports: Excel gives an ExecuteFunction no notification surface (item notifications are Outlook's), a
 * dialog needs a page of its own and Microsoft advises against dialogs for working on the document, and showing the
 * pane or updating the ribbon needs a shared runtime this add-in does not declare. So the workbook is the report:
 * the recalculation writes 总分 and 等级 into the table and every finding into the 校验结果 sheet, as always, and
 * the command then selects the first table's 总分 cell, so the result is what the person sees. A failure (protected
 * sheet, cell-edit mode) writes nothing; the pane's 一键计算 shows the same failure in words.
 */
export async function recalculateFromRibbon(event: Office.AddinCommands.Event, run: ExcelRun): Promise<void> {
  try {
    const { analysis } = await recalculate(createOfficeHost(run), {
      locale: localeFor(Office.context?.displayLanguage),
    });
    const total = analysis.model.tables[0]?.at.total;
    if (total) await selectCell(run, total);
  } catch (error) {
    console.error("一键计算失败", error);
  } finally {
    // Excel shows the button as busy until this is called, and stops running further commands without it.
    event.completed();
  }
}

Office.actions.associate("recalculate", (event: Office.AddinCommands.Event) => {
  void recalculateFromRibbon(event, (batch) => Excel.run(batch));
});
