/**
 * Where something sits in a workbook: the sheet's name and an A1 address ("H7").
 * The engine never computes addresses; the workbook layer hands them in with the model and the engine passes them
 * through to findings, so a finding always names the cell a person has to look at.
 */
export type CellRef = { readonly sheet: string; readonly cell: string };

/** A cell's content as the engine sees it: the value after normalisation by the host, and its number format. */
export type CellInput = {
  readonly value: string | number | boolean | null;
  /** Excel number format code, e.g. "0.00%"; decides whether 0.86 means 86 %. */
  readonly numberFormat?: string;
};
