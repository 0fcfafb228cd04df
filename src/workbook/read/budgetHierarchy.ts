import type { BudgetItemKey } from "../../core/model";
import type { BudgetLabel } from "./budgetLabel";

/** `其中：` reads as indentation by its own width, so rows aligned under the text after it are its siblings. */
const PART_OF_WIDTH = 6;

/** The total each known item is a part of, when the labels themselves do not say. */
const KNOWN_PARENT: { readonly [K in BudgetItemKey]?: BudgetItemKey } = {
  personnel: "basicExpenditure",
  goodsAndServices: "basicExpenditure",
  householdSubsidies: "basicExpenditure",
  capital: "basicExpenditure",
  travelAbroad: "threePublic",
  officialVehicles: "threePublic",
  officialReception: "threePublic",
  basicExpenditure: "expenditureTotal",
  projectExpenditure: "expenditureTotal",
  fiscalIncome: "incomeTotal",
};

/** Head counts and asset stocks are never parts of a money total, whatever their layout suggests. */
const NEVER_PART: ReadonlySet<BudgetItemKey> = new Set([
  "authorisedStaff",
  "actualStaff",
  "fixedAssetsInUse",
  "fixedAssetsTotal",
]);

/**
 * The total each budget row is a part of (an index into `labels`, or null): first from the outline the labels draw
 * (numbering `一、` > `（一）` > `1.` > `(1)`, indentation, `其中：`), then from the known structure (基本支出 holds
 * 工资福利 / 商品和服务 / 对个人和家庭的补助 / 资本性支出, 三公经费 its three parts, 支出合计 基本 and 项目支出, 收入合计
 * the income rows) where it says more than the outline does.
 */
export function assignParents(labels: readonly BudgetLabel[]): (number | null)[] {
  const parents: (number | null)[] = [];
  const open: number[] = [];
  labels.forEach((label, index) => {
    while (open.length > 0 && !encloses(labels, open, label)) open.pop();
    const outlined = open[open.length - 1] ?? null;
    open.push(index);
    const known = knownParent(labels, parents, index);
    const chosen = known !== null && (outlined === null || isAncestor(parents, outlined, known)) ? known : outlined;
    parents.push(label.key !== null && NEVER_PART.has(label.key) ? null : chosen);
  });
  return parents;
}

/** The innermost open row (last of `open`) encloses `label` in the outline. */
function encloses(labels: readonly BudgetLabel[], open: readonly number[], label: BudgetLabel): boolean {
  const outer = labels[open[open.length - 1] ?? -1];
  if (!outer) return false;
  if (label.numbering > 0) {
    if (outer.numbering > 0) return outer.numbering < label.numbering;
    // An unnumbered row holds a numbered list, unless it sits inside an entry of that list's rank or a coarser one.
    const insideList = open.some((at) => (labels[at]?.numbering ?? 0) >= label.numbering);
    return !insideList && depth(outer) <= depth(label);
  }
  return depth(outer) < depth(label);
}

function depth(label: BudgetLabel): number {
  return label.indent + (label.partOf ? PART_OF_WIDTH : 0);
}

/** The nearest earlier row of the total this row's key belongs to; for unknown income rows, the 收入合计 above. */
function knownParent(
  labels: readonly BudgetLabel[],
  parents: readonly (number | null)[],
  index: number,
): number | null {
  const label = labels[index];
  if (!label) return null;
  const parentKey =
    label.key === null ? (label.name.endsWith("收入") ? "incomeTotal" : undefined) : KNOWN_PARENT[label.key];
  if (parentKey === undefined) return null;
  for (let at = index - 1; at >= 0; at--) {
    const earlier = labels[at];
    if (earlier?.key === parentKey) return at;
    // Income rows run on under 收入合计 only until a row of another kind opens a new part of the table.
    if (parentKey === "incomeTotal" && parents[at] === null && !isIncome(earlier)) return null;
  }
  return null;
}

function isIncome(label: BudgetLabel | undefined): boolean {
  return label !== undefined && (label.key === "fiscalIncome" || (label.key === null && label.name.endsWith("收入")));
}

/** `ancestor` is `row` itself or a total above it. */
function isAncestor(parents: readonly (number | null)[], ancestor: number, row: number): boolean {
  for (let at: number | null = row; at !== null; at = parents[at] ?? null) if (at === ancestor) return true;
  return false;
}
