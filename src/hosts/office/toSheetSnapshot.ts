import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";
import type { SheetState } from "./workbookState";

/** A used range's arrays as Office returns them (`Range.values`, `.formulas`, `.numberFormat`). */
export type UsedRangeData = {
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
  /** Merged areas' addresses as Office gives them ("Sheet1!A5:A9"). */
  readonly merges: readonly string[];
};

/** An empty sheet: Excel has no used range for it. */
export const NO_USED_RANGE: UsedRangeData = {
  origin: { row: 0, col: 0 },
  values: [],
  formulas: [],
  numberFormats: [],
  merges: [],
};

/** Copies Office's arrays into the host-neutral snapshot. */
export function toSheetSnapshot(sheet: SheetState, data: UsedRangeData): SheetSnapshot {
  return {
    name: sheet.name,
    protected: sheet.protected,
    visibility: sheet.visibility,
    origin: data.origin,
    values: data.values.map((row) => row.map(toCellValue)),
    formulas: data.formulas.map((row, r) => row.map((formula, c) => toFormula(formula, data.values[r]?.[c]))),
    numberFormats: data.numberFormats.map((row) =>
      row.map((format) => (typeof format === "string" ? format : "General")),
    ),
    merges: [...new Set(data.merges.map(localAddress))],
  };
}

function toCellValue(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

/**
 * `Range.formulas` holds the constant itself for a cell without a formula, so only text starting with "=" can be one.
 * Quirk (office-js #6687): text stored with a leading apostrophe ("'=A1", or "=A1" in a Text-formatted cell) comes
 * back from `formulas` as "=A1" as well; such a cell's value is that same text, while a real formula's value is
 * its result. Equal value and formula therefore means text (a formula whose result is its own text is not real).
 */
function toFormula(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
}

/** "Sheet1!A5:A9" or "'My sheet'!$A$5:$A$9" → "A5:A9" (the address part never contains "!"). */
function localAddress(address: string): string {
  return address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
}
