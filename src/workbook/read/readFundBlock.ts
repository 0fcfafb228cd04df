import type { Finding } from "../../core/findings/types";
import type { FundBlock } from "../../core/model";
import { textKey } from "./cellText";
import { enteredNumber, type OwnedValue } from "./entered";
import type { Header } from "./findHeaders";
import type { Grid } from "./grid";
import { numberCell } from "./numberCell";
import { outputCell } from "./outputRef";
import { readNumber, type NumberReading } from "./readNumber";
import { refsAt } from "./refAt";

/** The fund block read, with the error values found in its figures. */
export type FundReading = { readonly fund: FundBlock; readonly findings: readonly Finding[] };

/** The fund block's outputs in findings, as the engine names them. */
const RATE_NAME = "执行率";
const SCORE_NAME = "预算执行率得分";

/** The 年度资金总额 row sits right under the header; the rows after it (其中：…) are its parts. */
const ROWS_TO_SEARCH = 8;

/** The 执行率 of a fund block, as written, can only be percent points above this (a 200 % execution is no rate). */
const MAX_FRACTION = 2;

/**
 * Reads the 年度资金总额 row under a fund header (`年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`). Without
 * a row so labelled, the first row with a budget or execution figure is taken; null when there is none.
 */
export function readFundBlock(grid: Grid, header: Header, stopRow: number, owned: OwnedValue): FundReading | null {
  const found = totalRow(grid, header, stopRow);
  if (!found) return null;
  const { row, labelCol } = found;
  const { columns } = header;
  const findings: Finding[] = [];
  const amount = (col: number | undefined): number | null => {
    if (col === undefined) return null;
    return numberCell(grid, row, col, "年度资金总额", findings);
  };
  const rate = (col: number | undefined): number | null => {
    if (col === undefined) return null;
    const reading = enteredNumber(grid, row, col, owned, { name: RATE_NAME, findings });
    return reading && asFraction(reading, grid.format(row, col), header.percent.has("rate"));
  };
  const fields = Object.values(columns);
  const output = (col: number | undefined, name: string) =>
    col === undefined ? null : outputCell(grid, { row, col, name }, fields, findings);
  const rateAt = output(columns.rate, RATE_NAME);
  const scoreAt = output(columns.score, SCORE_NAME);
  const fund: FundBlock = {
    initialBudget: amount(columns.initial),
    budget: amount(columns.adjusted),
    executed: amount(columns.executed),
    weight: amount(columns.weight),
    enteredRate: rate(columns.rate),
    enteredScore:
      columns.score === undefined
        ? null
        : (enteredNumber(grid, row, columns.score, owned, { name: SCORE_NAME, findings })?.value ?? null),
    at: refsAt(
      grid,
      row,
      labelCol,
      {
        initialBudget: columns.initial,
        budget: columns.adjusted,
        executed: columns.executed,
        weight: columns.weight,
      },
      { rate: rateAt, score: scoreAt },
    ),
  };
  return { fund, findings };
}

function totalRow(grid: Grid, header: Header, stopRow: number): { row: number; labelCol: number } | null {
  const last = Math.min(stopRow - 1, header.bottom + ROWS_TO_SEARCH);
  for (let row = header.bottom + 1; row <= last; row++) {
    for (let col = grid.left; col <= header.right; col++) {
      if (textKey(grid.value(row, col))?.includes("资金总额")) return { row, labelCol: grid.originCol(row, col) };
    }
  }
  const figures = [header.columns.adjusted, header.columns.executed].filter((col) => col !== undefined);
  for (let row = header.bottom + 1; row <= last; row++) {
    if (figures.some((col) => readNumber(grid.value(row, col)) !== null)) return { row, labelCol: header.left };
  }
  return null;
}

/** 执行率 as a fraction: `99.59%` as text, 0.9959 in a percent format, or 99.59 in a `执行率(%)` column. */
function asFraction(reading: NumberReading, numberFormat: string, percentColumn: boolean): number {
  if (reading.percent) return reading.value / 100;
  if (numberFormat.includes("%")) return reading.value;
  return percentColumn || reading.value > MAX_FRACTION ? reading.value / 100 : reading.value;
}
