import { HostError } from "../../hosts/office/errors";
import type { Messages } from "../i18n";

/** The last outcome the pane reports in its message bar, as data; the text is chosen when it is shown. */
export type Notice =
  | { readonly kind: "error"; readonly error: unknown }
  | { readonly kind: "marksCleared" }
  | { readonly kind: "templateInserted"; readonly sheets: readonly string[] }
  | { readonly kind: "reportDrafted"; readonly sheet: string }
  | { readonly kind: "wordDownloaded"; readonly file: string; readonly sheet: string };

/**
 * The sentence for a failure. The host's errors carry a Chinese sentence written for the user (protected sheet,
 * cell-edit mode, …), shown as it is; anything else is a bug or an Excel failure and says so.
 */
export function errorText(error: unknown, t: Messages): string {
  if (error instanceof HostError) return error.message;
  return t.unexpectedError(error instanceof Error ? error.message : String(error));
}
