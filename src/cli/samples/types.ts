import type { TemplateSheet } from "../../workbook/template/types";

/** A sample workbook: its file name under samples/ and its sheets, in tab order. */
export type Sample = { readonly file: string; readonly sheets: readonly TemplateSheet[] };
