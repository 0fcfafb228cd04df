/**
 * A workbook's settings, kept in its state sheet so that another computer recalculates it the same way.
 * `rules` is a preset id or a rule-set object (see `resolveRuleSet`): stored as given and validated when read.
 */
export type Settings = {
  readonly rules: unknown;
  /** Sheets to leave out of recalculation, by name. */
  readonly ignoredSheets: readonly string[];
};

export const DEFAULT_SETTINGS: Settings = { rules: "mof-2020", ignoredSheets: [] };
