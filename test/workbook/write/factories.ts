import type { Analysis } from "../../../src/workbook/analyse";
import type { Finding } from "../../../src/core/findings/types";
import type { CellRef } from "../../../src/core/location";
import type { FundBlock } from "../../../src/core/model";
import type { IndicatorResult, IndicatorStatus, TableResult, WorkbookResult } from "../../../src/core/results";
import { MOF_2020 } from "../../../src/core/rules/mof2020";
import { fromA1 } from "../../../src/workbook/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { readState } from "../../../src/workbook/write/readState";
import { outputCells } from "../../../src/workbook/write/outputCells";
import { sheet, type CellSpec, type SheetOptions } from "../sheetBuilder";

/** The sheet the factories put their table on. */
export const TABLE = "项目表";

/** Puts cells given by address into literal rows (as `sheet` takes them), growing them as needed. */
export function placeCells(rows: CellSpec[][], cells: { readonly [a1: string]: CellSpec }): CellSpec[][] {
  for (const [a1, spec] of Object.entries(cells)) {
    const at = fromA1(a1);
    if (!at) throw new Error(a1);
    const row = (rows[at.row] ??= []);
    row[at.col] = spec;
  }
  return Array.from(rows, (row) => row ?? []);
}

/** A sheet from its cells by address, e.g. `makeSheet("项目表", { E6: 4.5, E7: { formula: "=D7", value: 5 } })`. */
export function makeSheet(
  name: string,
  cells: { readonly [a1: string]: CellSpec } = {},
  options: SheetOptions = {},
): SheetSnapshot {
  return sheet(name, placeCells([], cells), options);
}

const at = (cell: string, sheet = TABLE): CellRef => ({ sheet, cell });

/** An indicator on row `row` of the table: actual in C, score in E, reason in F. */
export function makeIndicator(
  row: number,
  options: {
    readonly status?: IndicatorStatus;
    readonly computedScore?: number | null;
    readonly filledActual?: number | null;
    readonly reasonRequired?: boolean;
    readonly reason?: string;
    readonly sheet?: string;
  } = {},
): IndicatorResult {
  const sheet = options.sheet ?? TABLE;
  const computedScore = options.computedScore === undefined ? 5 : options.computedScore;
  return {
    row: {
      level1: "产出指标",
      level2: "数量指标",
      name: `指标${row}`,
      targetText: "≥95%",
      actual: { value: null },
      actualPercentColumn: false,
      weight: 5,
      enteredScore: null,
      reason: options.reason ?? "",
      ruleText: "",
      prior: null,
      at: {
        row: at(`A${row}`, sheet),
        target: at(`B${row}`, sheet),
        actual: at(`C${row}`, sheet),
        weight: at(`D${row}`, sheet),
        score: at(`E${row}`, sheet),
        reason: at(`F${row}`, sheet),
      },
    },
    target: { kind: "qualitative", text: "≥95%", period: null, rider: null, notes: [] },
    actual: { kind: "empty" },
    computedScore,
    score: computedScore,
    status: options.status ?? "met",
    achievement: null,
    reasonRequired: options.reasonRequired ?? false,
    filledActual: options.filledActual ?? null,
    findings: [],
  };
}

/** A project table on `sheet`: fund 执行率 in F3, 得分 in G3 (when `fund` is given), 总分 in E10, 等级 in E11. */
export function makeTable(
  indicators: readonly IndicatorResult[],
  options: {
    readonly sheet?: string;
    readonly fund?: { readonly rate: number | null; readonly score: number | null; readonly weight?: number };
    readonly total?: number | null;
    readonly grade?: string | null;
  } = {},
): TableResult {
  const sheet = options.sheet ?? TABLE;
  const fund = options.fund;
  const weight = fund?.weight ?? 10;
  const block: FundBlock | null = fund
    ? {
        initialBudget: 100,
        budget: 100,
        executed: 100,
        weight,
        enteredRate: null,
        enteredScore: null,
        at: { row: at("A3", sheet), rate: at("F3", sheet), score: at("G3", sheet) },
      }
    : null;
  return {
    table: {
      kind: "project",
      sheet,
      title: "测试项目",
      fund: block,
      indicators: indicators.map((indicator) => indicator.row),
      declaredWeights: [],
      enteredTotal: null,
      enteredGrade: null,
      hasBonus: false,
      at: { header: at("A5", sheet), total: at("E10", sheet), grade: at("E11", sheet) },
    },
    fund:
      fund && block
        ? { fund: block, rate: fund.rate, weight, computedScore: fund.score, score: fund.score, findings: [] }
        : null,
    indicators,
    levels: [],
    total: options.total === undefined ? 95 : options.total,
    maxTotal: 100,
    grade: options.grade === undefined ? "优" : options.grade,
    findings: [],
  };
}

/** The engine's result for these tables, with these findings. */
export function makeResult(tables: readonly TableResult[], findings: readonly Finding[] = []): WorkbookResult {
  return { ruleSet: MOF_2020, tables, ratios: null, findings };
}

/** An analysis of the snapshot (its state read from its state sheet) with a hand-built result. */
export function makeAnalysis(snapshot: WorkbookSnapshot, result: WorkbookResult): Analysis {
  const { state, findings } = readState(snapshot);
  return {
    snapshot,
    state,
    settings: state.settings,
    ruleSet: result.ruleSet,
    model: { tables: result.tables.map((table) => table.table), budget: null },
    result,
    sheets: [],
    outputs: outputCells(result),
    findings: [...findings, ...result.findings],
  };
}
