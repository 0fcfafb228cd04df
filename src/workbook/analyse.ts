import { evaluateWorkbook } from "../core/evaluate";
import type { Locale } from "../core/findings/render";
import { finding, type Finding } from "../core/findings/types";
import type { CellRef } from "../core/location";
import type { WorkbookModel } from "../core/model";
import type { WorkbookResult } from "../core/results";
import { MOF_2020 } from "../core/rules/mof2020";
import { resolveRuleSet } from "../core/rules/resolveRuleSet";
import type { RuleSet } from "../core/rules/types";
import { readWorkbookModel, type SheetReading } from "./read/readWorkbookModel";
import type { Settings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { STATE_SHEET_NAME, type StateData } from "./state";
import { outputCells, type OutputCell } from "./write/outputCells";
import { ownedValueOf } from "./write/ownership";
import { readState } from "./write/readState";
import { cellAt, findSheet } from "./write/snapshotLookup";
import { sortFindings } from "./write/sortFindings";

/** Options of a recalculation, from the task pane or the command line. */
export type WorkbookOptions = {
  /** A preset id or a rule-set object; overrides (and replaces) the workbook's own setting. */
  readonly rules?: unknown;
  /** Language of the 校验结果 sheet; the analysis itself does not depend on it. @default "zh-CN" */
  readonly locale?: Locale;
};

/** Everything known about a workbook before anything is written: plain data, planned from by the write side. */
export type Analysis = {
  readonly snapshot: WorkbookSnapshot;
  readonly state: StateData;
  /** The settings in effect: the workbook's, with the rules of the options when they were valid. */
  readonly settings: Settings;
  readonly ruleSet: RuleSet;
  readonly model: WorkbookModel;
  readonly result: WorkbookResult;
  readonly sheets: readonly SheetReading[];
  /** The form's output cells and what the engine computed for them, before ownership decides what is written. */
  readonly outputs: readonly OutputCell[];
  /** Every finding (state, rule set, reader, engine, protection), errors first, then by sheet and cell. */
  readonly findings: readonly Finding[];
};

/**
 * Reads and scores a workbook: its state sheet, its settings, the model, the engine's result. Sheets the add-in
 * made and the sheets the settings ignore are not read as tables.
 */
export function analyseWorkbook(snapshot: WorkbookSnapshot, options: WorkbookOptions = {}): Analysis {
  const { state, findings: stateFindings } = readState(snapshot);
  const { ruleSet, settings, findings: ruleFindings } = settle(state.settings, options.rules);
  const ignoredSheets = [...settings.ignoredSheets, ...state.createdSheets, STATE_SHEET_NAME];
  const read = readWorkbookModel(snapshot, ownedValueOf(state), { ignoredSheets });
  const result = evaluateWorkbook(read.model, ruleSet);
  const outputs = outputCells(result);
  const all = [
    ...stateFindings,
    ...ruleFindings,
    ...read.findings,
    ...result.findings,
    ...formulaFindings(snapshot, outputs),
  ];
  const findings = sortFindings([...all, ...protectionFindings(snapshot, read.model, all)], snapshot);
  return { snapshot, state, settings, ruleSet, model: read.model, result, sheets: read.sheets, outputs, findings };
}

/** Output cells holding a person's formula: kept and never written (SPEC §4), so said once, for the record. */
function formulaFindings(snapshot: WorkbookSnapshot, outputs: readonly OutputCell[]): Finding[] {
  return outputs.flatMap((output) => {
    const sheet = findSheet(snapshot, output.sheet);
    const formula = sheet ? cellAt(sheet, output.cell).formula : null;
    return formula === null ? [] : [finding("OUTPUT_IS_FORMULA", output, { name: output.label, formula })];
  });
}

/** The rule set in effect: an invalid one falls back to `mof-2020` with a RULE_SET_INVALID finding. */
function settle(saved: Settings, override: unknown): { ruleSet: RuleSet; settings: Settings; findings: Finding[] } {
  const given = override !== undefined;
  const resolved = resolveRuleSet(given ? override : saved.rules);
  if (resolved.ok) {
    return { ruleSet: resolved.value, settings: given ? { ...saved, rules: override } : saved, findings: [] };
  }
  // Rules from the command line belong to no sheet; the workbook's own live in the state sheet.
  const at: CellRef = given ? { sheet: "", cell: "" } : { sheet: STATE_SHEET_NAME, cell: "A1" };
  return {
    ruleSet: MOF_2020,
    settings: saved,
    findings: [finding("RULE_SET_INVALID", at, { detail: resolved.error })],
  };
}

/** SHEET_PROTECTED at A1 of each protected sheet holding a score table, unless the reader already said so. */
function protectionFindings(snapshot: WorkbookSnapshot, model: WorkbookModel, known: readonly Finding[]): Finding[] {
  const reported = new Set(known.filter((f) => f.code === "SHEET_PROTECTED").map((f) => f.sheet));
  const sheets = new Set(model.tables.map((table) => table.sheet));
  return snapshot.sheets
    .filter((sheet) => sheet.protected && sheets.has(sheet.name) && !reported.has(sheet.name))
    .map((sheet) => finding("SHEET_PROTECTED", { sheet: sheet.name, cell: "A1" }, {}));
}
