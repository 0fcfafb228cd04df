import type { Finding } from "../../core/findings/types";
import type { CellInput } from "../../core/location";
import type { IndicatorRow } from "../../core/model";
import type { CellValue } from "../snapshot";
import { displayText, labelText } from "./cellText";
import { enteredValue, type OwnedValue } from "./entered";
import type { Header } from "./findHeaders";
import type { Grid } from "./grid";
import { numberCell } from "./numberCell";
import { outputCell, outputRef } from "./outputRef";
import { refsAt } from "./refAt";
import { isPlaceholderName } from "./rowMarks";

/** The 一级 and 二级 names in force on a row. */
export type Levels = { readonly level1: string; readonly level2: string };

/**
 * Reads the 三级 row at `row`, or null when the row holds no indicator: an empty or placeholder name (`指标1`,
 * `……`), the lower part of a name merged over several rows, or a cell spanning from the left (a heading or note).
 * Error values in its weight or score go to `findings`.
 */
export function readIndicatorRow(
  grid: Grid,
  header: Header,
  row: number,
  levels: Levels,
  owned: OwnedValue,
  findings: Finding[],
): IndicatorRow | null {
  const { columns } = header;
  if (columns.name === undefined || grid.isCovered(row, columns.name)) return null;
  const name = labelText(grid.value(row, columns.name));
  if (name === "" || isPlaceholderName(name)) return null;
  const number = (col: number | undefined, value: CellValue): number | null => {
    if (col === undefined || value === null) return null;
    return numberCell(grid, row, col, name, findings);
  };
  const fields = fieldsOf(columns);
  // A 实际完成值 is an output only on the ratio rows the engine fills; on the others OUTPUT_MERGED would be noise.
  const actualAt = columns.actual === undefined ? null : outputRef(grid, row, columns.actual, fields);
  const scoreAt =
    columns.score === undefined ? null : outputCell(grid, { row, col: columns.score, name }, fields, findings);
  return {
    level1: levels.level1,
    level2: levels.level2,
    name,
    targetText: textAt(grid, row, columns.target),
    actual: actualInput(grid, row, columns.actual, owned),
    actualPercentColumn: header.percent.has("actual"),
    weight: number(columns.weight, columns.weight === undefined ? null : grid.value(row, columns.weight)),
    enteredScore: number(
      columns.score,
      columns.score === undefined ? null : enteredValue(grid, row, columns.score, owned),
    ),
    reason: textAt(grid, row, columns.reason),
    ruleText: textAt(grid, row, columns.rule),
    prior: null,
    at: refsAt(
      grid,
      row,
      columns.name,
      { target: columns.target, weight: columns.weight, reason: columns.reason },
      { actual: actualAt, score: scoreAt },
    ),
  };
}

// Every row of a table asks which columns its fields are in: the table's header answers once.
const FIELDS = new WeakMap<Header["columns"], readonly number[]>();

function fieldsOf(columns: Header["columns"]): readonly number[] {
  let fields = FIELDS.get(columns);
  if (fields === undefined) {
    fields = Object.values(columns).filter((col): col is number => col !== undefined);
    FIELDS.set(columns, fields);
  }
  return fields;
}

/**
 * The 实际完成值 cell as input. A ratio row's actual that still holds what the add-in filled in from the budget table
 * reads as empty, so the engine fills it again from this year's figures instead of checking it against itself.
 */
function actualInput(grid: Grid, row: number, col: number | undefined, owned: OwnedValue): CellInput {
  if (col === undefined || enteredValue(grid, row, col, owned) === null) return { value: null };
  return grid.input(row, col);
}

function textAt(grid: Grid, row: number, col: number | undefined): string {
  return col === undefined ? "" : displayText(grid.value(row, col), grid.format(row, col));
}
