import type { CellRef } from "../../../src/core/location";
import type { IndicatorRow } from "../../../src/core/model";
import type { Finding } from "../../../src/core/findings/types";

export const SHEET = "绩效自评表";

/** A cell of the test sheet. */
export const ref = (cell: string): CellRef => ({ sheet: SHEET, cell });

/**
 * An indicator row on line 5 of the test sheet: a positive 10-point `≥95%` row with nothing entered; tests override
 * what they are about (`makeRow({ targetText: "≥95%", actual: { value: "96%" } })`).
 */
export function makeRow(overrides: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    level1: "产出指标",
    level2: "质量指标",
    name: "越级进京到省市上访人员接返劝返率",
    targetText: "≥95%",
    actual: { value: null },
    actualPercentColumn: false,
    weight: 10,
    enteredScore: null,
    reason: "",
    ruleText: "",
    prior: null,
    at: {
      row: ref("C5"),
      target: ref("D5"),
      actual: ref("E5"),
      weight: ref("F5"),
      score: ref("G5"),
      reason: ref("H5"),
    },
    ...overrides,
  };
}

/** The codes of some findings, in order. */
export const codesOf = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
