import { openXlsxHost } from "../hosts/xlsx/openXlsxHost";
import { WorkbookUnreadableError } from "../hosts/xlsx/errors";
import type { Analysis, WorkbookOptions } from "../workbook/analyse";
import { recalculate } from "../workbook/recalculate";
import type { Messages } from "./messages";

/** What became of one input: checked, with its filled copy written; or not, with the reason in words. */
export type FileOutcome =
  | { readonly file: string; readonly out: string; readonly analysis: Analysis }
  | { readonly file: string; readonly error: string };

/**
 * Recalculates one workbook through the file host and saves the filled copy to `out` (null: the copy would
 * overwrite an input, so the file is refused). Every failure becomes an outcome: one bad file never stops the rest.
 */
export async function checkFile(
  file: string,
  out: string | null,
  options: WorkbookOptions,
  text: Messages,
): Promise<FileOutcome> {
  if (out === null) return { file, error: text.wouldOverwrite(file) };
  try {
    const host = await openXlsxHost(file);
    const { analysis } = await recalculate(host, options);
    await host.save(out);
    return { file, out, analysis };
  } catch (error) {
    if (error instanceof WorkbookUnreadableError)
      return { file, error: text.cannotRead(file, text.unreadable[error.reason]) };
    return { file, error: text.failed(file, error instanceof Error ? error.message : String(error)) };
  }
}
