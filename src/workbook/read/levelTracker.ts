import type { DeclaredWeight } from "../../core/model";
import type { ColumnRole } from "./columnLabels";
import type { Grid } from "./grid";
import { parseLevelLabel, type LevelLabel } from "./levelLabel";
import { readNumber } from "./readNumber";

const LEVEL_COLUMNS: { readonly [L in 1 | 2]: { readonly label: ColumnRole; readonly weight: ColumnRole } } = {
  1: { label: "level1", weight: "level1Weight" },
  2: { label: "level2", weight: "level2Weight" },
};

type LabelCell = { readonly label: LevelLabel; readonly col: number };

/**
 * Follows the 一级 and 二级 labels down an indicator table. A label holds for the rows below it until the next one,
 * whether its cell is merged over them or they are simply left blank; a new 一级 clears the 二级. Each level's weight
 * is recorded once, from its 分值 column (framework tables) or else from its label (`产出指标(50分)`).
 */
export class LevelTracker {
  /** The current 一级指标 name, without its points. */
  level1 = "";
  /** The current 二级指标 name, without its points. */
  level2 = "";
  /** Weights the levels declared so far, in the order met. */
  readonly declared: DeclaredWeight[] = [];
  private readonly grid: Grid;
  private readonly columns: { readonly [R in ColumnRole]?: number };
  private readonly parsed: { [L in 1 | 2]?: { readonly text: string; readonly label: LevelLabel } } = {};

  constructor(grid: Grid, columns: { readonly [R in ColumnRole]?: number }) {
    this.grid = grid;
    this.columns = columns;
  }

  /** Takes in the labels of one table row. */
  advance(row: number): void {
    const level1 = this.labelCell(row, 1);
    if (level1 && level1.label.name !== this.level1) {
      this.level1 = level1.label.name;
      this.level2 = "";
      this.record(row, 1, level1);
    }
    const level2 = this.labelCell(row, 2);
    if (level2 && level2.label.name !== this.level2) {
      this.level2 = level2.label.name;
      this.record(row, 2, level2);
    }
  }

  private labelCell(row: number, level: 1 | 2): LabelCell | null {
    const col = this.columns[LEVEL_COLUMNS[level].label];
    if (col === undefined || this.grid.isBlank(row, col)) return null;
    const text = String(this.grid.value(row, col));
    // A merged label repeats on every row it covers; parse it once.
    let parsed = this.parsed[level];
    if (parsed?.text !== text) {
      parsed = { text, label: parseLevelLabel(text) };
      this.parsed[level] = parsed;
    }
    return { label: parsed.label, col };
  }

  private record(row: number, level: 1 | 2, { label, col }: LabelCell): void {
    const weightCol = this.columns[LEVEL_COLUMNS[level].weight];
    const fromColumn =
      weightCol === undefined ? null : readNumber(this.grid.value(row, weightCol), this.grid.format(row, weightCol));
    if (weightCol !== undefined && fromColumn !== null) {
      this.declared.push({ level, name: label.name, weight: fromColumn.value, at: this.grid.ref(row, weightCol) });
    } else if (label.weight !== null) {
      this.declared.push({ level, name: label.name, weight: label.weight, at: this.grid.ref(row, col) });
    }
  }
}
