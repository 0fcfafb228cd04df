import { columnName } from "../../src/workbook/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * Benchmark workbooks as snapshots: project tables (SPEC §2.1) stacked down sheets, and a 预算收支表. Rows cycle
 * through the kinds of targets and actuals the seeds hold (met, missed with and without a reason, over-achieved,
 * zero, qualitative, comparative, numbers typed as text, fractions in a % format, typed scores), so that every
 * stage of the engine — parsing, scoring, findings, highlights, ownership — does its full share of the work.
 */

/** One generated cell: its value, and a number format other than General. */
type Cell = CellValue | { readonly value: CellValue; readonly format: string };

/** What a line writes; a function gives each table its own figure (see `amountOf`). */
type Varying<T> = T | ((amount: number) => T);

type Line = {
  readonly level2: string;
  readonly name: string;
  readonly target: Varying<string>;
  readonly actual: Varying<Cell>;
  /** A score a person typed (null: left for the add-in). */
  readonly score: number | null;
  readonly reason: string | null;
};

/** Counts as people type them, with thousands separators (`1,356`). */
const count = (n: number): string => n.toLocaleString("en-US");

/**
 * The amount a table adds to the figures of its counts and costs: every project has its own (≥1200批次 here,
 * ≥1263批次 there) while its rates (≥95%, 100%) and words (零登记) are the ones every table uses. Outcomes do not
 * change with it: met stays met, missed stays missed.
 */
const amountOf = (table: number): number => table % 1000;

const valueOf = <T extends Cell>(value: Varying<T>, table: number): T =>
  typeof value === "function" ? value(amountOf(table)) : value;

/** The indicator rows of one table, in order: 20 rows, weights 10 × 5 + 6 × 5 + 4 × 2.5 = 90 (+ 10 for the fund). */
const LINES: readonly Line[] = [
  {
    level2: "数量指标",
    name: "接待来访群众批次",
    target: (n) => `≥${count(1200 + n)}批次`,
    actual: (n) => `${count(1356 + n)}批次`,
    score: null,
    reason: null,
  },
  {
    level2: "数量指标",
    name: "办理网上信访件",
    target: (n) => `不少于${3000 + n}件`,
    actual: (n) => `${2760 + n}件`,
    score: null,
    reason: "网上信访总量同比下降",
  },
  { level2: "数量指标", name: "排查专项行动次数", target: "每年不少于4次", actual: 5, score: 5, reason: null },
  {
    level2: "数量指标",
    name: "处理信访件数",
    target: (n) => `≥${count(2000 + n)}件`,
    actual: (n) => `${count(1900 + n)}件`,
    score: null,
    reason: null,
  },
  {
    level2: "质量指标",
    name: "信访事项按期办结率",
    target: "≥95%",
    actual: { value: 0.963, format: "0.00%" },
    score: null,
    reason: null,
  },
  { level2: "质量指标", name: "信访事项及时受理率", target: "不低于98%", actual: "96%", score: 4, reason: null },
  { level2: "质量指标", name: "重复信访率", target: "低于20%", actual: "15%", score: null, reason: null },
  { level2: "时效指标", name: "按期答复率", target: "=100%", actual: "100%", score: null, reason: null },
  {
    level2: "成本指标",
    name: "项目支出控制",
    target: (n) => `≤${(797.14 + n).toFixed(2)}万元`,
    actual: (n) => `${(793.84 + n).toFixed(2)}万元`,
    score: null,
    reason: null,
  },
  { level2: "成本指标", name: "单位办件成本", target: "≤90元", actual: "120元", score: null, reason: null },
  {
    level2: "社会效益指标",
    name: "信访矛盾纠纷化解率",
    target: "≥80%",
    actual: "98%",
    score: null,
    reason: "开展积案化解专项行动",
  },
  { level2: "社会效益指标", name: "进京非访", target: "零登记", actual: "零登记", score: null, reason: null },
  { level2: "社会效益指标", name: "越级上访批次", target: "0次", actual: 2, score: null, reason: null },
  {
    level2: "社会效益指标",
    name: "信访秩序",
    target: "与上年持平",
    actual: "持平",
    score: null,
    reason: null,
  },
  {
    level2: "可持续影响指标",
    name: "信访工作长效机制",
    target: "建立健全长效机制",
    actual: "达成年度指标",
    score: null,
    reason: null,
  },
  {
    level2: "可持续影响指标",
    name: "基层治理能力",
    target: "明显提升",
    actual: "部分达成年度指标并具有一定效果",
    score: 3.5,
    reason: "部分乡镇工作滞后",
  },
  {
    level2: "服务对象满意度指标",
    name: "来访群众满意度",
    target: "≥90%",
    actual: { value: 0.93, format: "0%" },
    score: null,
    reason: null,
  },
  { level2: "服务对象满意度指标", name: "网上信访满意度", target: "≥90%", actual: "86%", score: 2, reason: null },
  { level2: "服务对象满意度指标", name: "基层满意度", target: "不低于85%", actual: "88%", score: null, reason: null },
  { level2: "服务对象满意度指标", name: "部门满意度", target: "≥85%", actual: "", score: null, reason: null },
];

const LEVEL1 = [
  { label: "产出指标(50分)", rows: 10, weight: 5 },
  { label: "效益指标(30分)", rows: 6, weight: 5 },
  { label: "满意度指标(10分)", rows: 4, weight: 2.5 },
];

/** Rows of one table besides its indicators: title, 2 info lines, fund header + 3 lines, 2 goal lines, header, 总分, 等级, a gap. */
export const ROWS_AROUND_INDICATORS = 14;

/** A sheet under construction: rows from A1, eight columns wide, and its merges. */
class Grid {
  readonly rows: Cell[][] = [];
  readonly merges: string[] = [];

  add(cells: readonly Cell[]): number {
    this.rows.push(Array.from({ length: 8 }, (_, col) => cells[col] ?? null));
    return this.rows.length - 1;
  }

  merge(top: number, col: number, bottom: number, right = col): void {
    if (bottom > top || right > col) this.merges.push(`${columnName(col)}${top + 1}:${columnName(right)}${bottom + 1}`);
  }

  toSnapshot(name: string): SheetSnapshot {
    const valueOf = (cell: Cell): CellValue => (cell !== null && typeof cell === "object" ? cell.value : cell);
    const formatOf = (cell: Cell): string => (cell !== null && typeof cell === "object" ? cell.format : "General");
    return {
      name,
      protected: false,
      visibility: "visible",
      origin: { row: 0, col: 0 },
      values: this.rows.map((row) => row.map(valueOf)),
      formulas: this.rows.map((row) => row.map(() => null)),
      numberFormats: this.rows.map((row) => row.map(formatOf)),
      merges: this.merges,
    };
  }
}

/** Appends one project table of `count` indicator rows (cycling through LINES) to the grid. */
function projectTable(grid: Grid, index: number, count: number): void {
  const title = grid.add(["项目支出绩效自评表"]);
  grid.merge(title, 0, title, 7);
  grid.add(["项目名称", `信访专项工作经费${index + 1}`]);
  grid.add(["主管部门", "某区信访局", null, null, null, "实施单位", "某区信访局"]);
  const budget = 800 + (index % 97);
  grid.add(["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数（万元）", "分值", "执行率", "得分"]);
  grid.add(["年度资金总额", null, budget + 120, budget, budget - 3.3, 10, null, null]);
  grid.add(["其中：当年财政拨款", null, budget + 120, budget, budget - 3.3, "—", "—", "—"]);
  grid.add(["上年结转资金", null, 0, 0, 0, "—", "—", "—"]);
  grid.add(["年度总体目标", "预期目标", null, null, "实际完成情况"]);
  grid.add([null, "依法依规办理信访事项", null, null, "完成"]);
  grid.add([
    "一级指标",
    "二级指标",
    "三级指标",
    "年度\n指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ]);
  let row = 0;
  while (row < count) {
    for (const level1 of LEVEL1) {
      const top = grid.rows.length;
      for (let i = 0; i < level1.rows && row < count; i += 1, row += 1) {
        const line = LINES[row % LINES.length];
        grid.add([
          i === 0 ? level1.label : null,
          line.level2,
          line.name,
          valueOf(line.target, index),
          valueOf(line.actual, index),
          level1.weight,
          line.score,
          line.reason,
        ]);
      }
      grid.merge(top, 0, grid.rows.length - 1);
      if (row >= count) break;
    }
  }
  const total = grid.add(["总分", null, null, null, null, 100, null, null]);
  grid.merge(total, 0, total, 4);
  grid.add(["自评等级", null, null, null, null, null, null, null]);
  grid.add([]);
}

/** A 预算收支表 with the standard items (SPEC §2.3), totals equal to their parts. */
function budgetSheet(): SheetSnapshot {
  const grid = new Grid();
  grid.add(["2023年预算收支表（万元）"]);
  grid.add(["项目", "年初预算数", "调整预算数", "全年预算数", "全年执行数", "上年执行数"]);
  const items: readonly (readonly [string, number, number, number, number, number])[] = [
    ["收入合计", 1300, -100, 1200, 1195, 1100],
    ["财政拨款收入", 1300, -100, 1200, 1195, 1100],
    ["支出合计", 1300, -100, 1200, 1193.76, 1100],
    ["基本支出", 440, -10, 430, 430.36, 400],
    ["其中：工资福利支出", 400, 0, 400, 398.96, 370],
    ["商品和服务支出", 30, -8, 22, 21.71, 20],
    ["对个人和家庭的补助", 10, -2, 8, 9.69, 10],
    ["项目支出", 860, -90, 770, 763.4, 700],
    ["三公经费", 10, 0, 10, 8, 9],
    ["公务接待费", 4, 0, 4, 3, 4],
    ["公务用车购置及运行费", 6, 0, 6, 5, 5],
    ["政府采购", 100, 0, 100, 96, 90],
    ["编制数", 12, 0, 12, 12, 12],
    ["在职人数", 10, 0, 10, 10, 11],
  ];
  for (const item of items) grid.add([...item]);
  return grid.toSnapshot("预算收支表");
}

/** The layout of a benchmark workbook. */
export type Shape = {
  /** Indicator rows in all. */
  readonly indicators: number;
  /** Indicator rows per table; one table holding all of them is `indicators`. */
  readonly perTable: number;
  /** Tables stacked on one sheet before the next sheet begins. */
  readonly tablesPerSheet: number;
};

/** Many ordinary tables, as a reviewer's collection holds them: 20 rows a table, 50 tables a sheet. */
export const MANY_TABLES = (indicators: number): Shape => ({ indicators, perTable: 20, tablesPerSheet: 50 });
/** One table of every row: the worst case of anything that grows faster than a table's length. */
export const ONE_TABLE = (indicators: number): Shape => ({ indicators, perTable: indicators, tablesPerSheet: 1 });

export function benchSnapshot(shape: Shape): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables = Math.ceil(shape.indicators / shape.perTable);
  for (let first = 0; first < tables; first += shape.tablesPerSheet) {
    const grid = new Grid();
    const last = Math.min(tables, first + shape.tablesPerSheet);
    for (let table = first; table < last; table += 1) {
      projectTable(grid, table, Math.min(shape.perTable, shape.indicators - table * shape.perTable));
    }
    sheets.push(grid.toSnapshot(`项目自评表${sheets.length + 1}`));
  }
  return { sheets: [...sheets, budgetSheet()] };
}
