import type { Settings } from "./settings";

/** The very-hidden sheet that holds the add-in's state as JSON. */
export const STATE_SHEET_NAME = "_selfeval_state";

/**
 * What the add-in remembers about a workbook (SPEC §4 "State"): what it wrote where (ownership: a cell still holding
 * exactly this value is the add-in's to overwrite), the fills it replaced (清除标记 restores them), the sheets it
 * created (only those are ever replaced or removed) and the settings.
 */
export type StateData = {
  readonly version: 1;
  /** sheet → A1 → the value the add-in wrote. */
  readonly written: { readonly [sheet: string]: { readonly [cell: string]: number | string } };
  /** sheet → A1 → the fill the cell had before the add-in highlighted it ("#RRGGBB" or null for none). */
  readonly savedFills: { readonly [sheet: string]: { readonly [cell: string]: string | null } };
  readonly createdSheets: readonly string[];
  readonly settings: Settings;
};
