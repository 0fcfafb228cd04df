import type { CellInput, CellRef } from "./location";

/**
 * The domain model the workbook layer reads out of a sheet and hands to the engine. Every value the engine may
 * report on carries the cell it came from (`CellRef`), and every output the engine computes names the cell it goes
 * to, so findings and the write plan point at real cells.
 */

/** One 三级指标 row of a project or department table. */
export type IndicatorRow = {
  readonly level1: string;
  readonly level2: string;
  /** 三级指标 name. */
  readonly name: string;
  /** 年度指标值 text, as written ("" when empty). */
  readonly targetText: string;
  /** 实际完成值 cell content; `{ value: null }` when empty. */
  readonly actual: CellInput;
  /** The column header marks the actual column as percent (`实际完成值(%)`). */
  readonly actualPercentColumn: boolean;
  /** 分值; null when empty or unreadable. */
  readonly weight: number | null;
  /** 得分 as it stands in the workbook; null when empty or holding exactly what the add-in wrote last time. */
  readonly enteredScore: number | null;
  /** 偏差原因分析及改进措施 text ("" when empty). */
  readonly reason: string;
  /** 评分标准 text of a framework table (Hunan style); "" when the table has none. */
  readonly ruleText: string;
  /** Prior-year value for comparative targets, when the row or the budget table gives one. */
  readonly prior: number | null;
  /** Where each cell of the row is; absent columns are absent. */
  readonly at: {
    readonly row: CellRef;
    readonly target?: CellRef;
    readonly actual?: CellRef;
    readonly weight?: CellRef;
    readonly score?: CellRef;
    readonly reason?: CellRef;
  };
};

/** The fund block of a project table (年度资金总额 row): 预算执行率. */
export type FundBlock = {
  readonly initialBudget: number | null;
  readonly budget: number | null;
  readonly executed: number | null;
  /** 分值 of the block; the rule set's fundWeight when the cell is empty. */
  readonly weight: number | null;
  readonly enteredRate: number | null;
  readonly enteredScore: number | null;
  readonly at: {
    readonly row: CellRef;
    readonly initialBudget?: CellRef;
    readonly budget?: CellRef;
    readonly executed?: CellRef;
    readonly weight?: CellRef;
    readonly rate?: CellRef;
    readonly score?: CellRef;
  };
};

/** A 一级 (or 二级) heading's declared weight, e.g. `产出指标(50分)`. */
export type DeclaredWeight = {
  readonly level: 1 | 2;
  readonly name: string;
  readonly weight: number;
  readonly at: CellRef;
};

/** A project table (SPEC 2.1) or a department table (SPEC 2.2). */
export type ScoreTable = {
  readonly kind: "project" | "department";
  readonly sheet: string;
  /** 项目名称 or the table's title; "" when none. */
  readonly title: string;
  readonly fund: FundBlock | null;
  readonly indicators: readonly IndicatorRow[];
  readonly declaredWeights: readonly DeclaredWeight[];
  readonly enteredTotal: number | null;
  readonly enteredGrade: string | null;
  /** The framework declares 加分 inside the table (the total may then include it, up to maxTotal). */
  readonly hasBonus: boolean;
  readonly at: { readonly header: CellRef; readonly total?: CellRef; readonly grade?: CellRef };
};

/** The budget items the engine knows by label (SPEC 2.3). */
export type BudgetItemKey =
  | "incomeTotal"
  | "fiscalIncome"
  | "expenditureTotal"
  | "basicExpenditure"
  | "personnel"
  | "goodsAndServices"
  | "householdSubsidies"
  | "capital"
  | "projectExpenditure"
  | "threePublic"
  | "travelAbroad"
  | "officialVehicles"
  | "officialReception"
  | "publicFunds"
  | "procurement"
  | "authorisedStaff"
  | "actualStaff"
  | "fixedAssetsInUse"
  | "fixedAssetsTotal"
  | "carryover";

/** The amount columns of the budget table. */
export type BudgetColumn = "initial" | "adjustment" | "adjusted" | "executed" | "prior";

/** One item row of the budget table. */
export type BudgetItem = {
  readonly label: string;
  /** The known item this label names; null for items the engine only sums. */
  readonly key: BudgetItemKey | null;
  /** Index (in `BudgetTable.items`) of the total this row is a part of; null for top-level rows. */
  readonly parent: number | null;
  readonly amounts: { readonly [C in BudgetColumn]?: number };
  readonly at: { readonly row: CellRef } & { readonly [C in BudgetColumn]?: CellRef };
};

/** The 预算收支表. */
export type BudgetTable = {
  readonly sheet: string;
  readonly items: readonly BudgetItem[];
  /** Which amount columns the table has. */
  readonly columns: readonly BudgetColumn[];
  readonly at: { readonly header: CellRef };
};

/** Everything the engine needs from one workbook. */
export type WorkbookModel = {
  readonly tables: readonly ScoreTable[];
  readonly budget: BudgetTable | null;
};
