import type { BudgetItemKey } from "../../core/model";
import { labelKey, normaliseText } from "../../core/text/normalise";
import { splitOutlineMarks } from "../../core/text/outlineMarks";

/** A budget row's label taken apart: the item it names and the outline marks that place it under a total. */
export type BudgetLabel = {
  /** The item this label names, or null for items the engine only sums. */
  readonly key: BudgetItemKey | null;
  /** The name without marks (`（一）基本支出（万元）` → `基本支出`). */
  readonly name: string;
  /** Leading white space, in half-width columns (an ideographic space counts two). */
  readonly indent: number;
  /** Numbering rank: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `(1)`, 5 `①`; 0 when unnumbered. */
  readonly numbering: number;
  /** The label starts with `其中：`: a part of the row above. */
  readonly partOf: boolean;
};

/** Item labels as written in 预算收支表 and 决算 tables (SPEC 2.3), matched without quotes and spaces. */
const ITEM_LABELS: { readonly [K in BudgetItemKey]: readonly string[] } = {
  incomeTotal: ["收入合计", "收入总计", "本年收入合计", "收入总额", "本年收入"],
  fiscalIncome: ["财政拨款收入", "一般公共预算财政拨款收入", "一般公共预算财政拨款", "财政拨款"],
  expenditureTotal: ["支出合计", "支出总计", "本年支出合计", "支出总额", "本年支出"],
  basicExpenditure: ["基本支出"],
  personnel: ["工资福利支出", "工资福利"],
  goodsAndServices: ["商品和服务支出", "商品和服务"],
  householdSubsidies: ["对个人和家庭的补助", "对个人和家庭的补助支出", "对个人和家庭补助", "对个人和家庭补助支出"],
  capital: ["资本性支出"],
  projectExpenditure: ["项目支出"],
  threePublic: ["三公经费", "三公经费支出", "三公经费合计"],
  travelAbroad: ["因公出国(境)费", "因公出国(境)费用", "因公出国境费"],
  officialVehicles: ["公务用车购置及运行费", "公务用车购置及运行维护费"],
  officialReception: ["公务接待费"],
  publicFunds: ["公用经费"],
  procurement: ["政府采购", "政府采购金额", "政府采购预算", "政府采购支出"],
  authorisedStaff: ["编制数", "编制人数", "核定编制数"],
  actualStaff: ["在职人数", "实有人数", "在职人员数", "实有在职人数"],
  fixedAssetsInUse: ["固定资产在用", "在用固定资产", "在用固定资产总额", "实际在用固定资产总额", "固定资产在用数"],
  fixedAssetsTotal: ["固定资产总额", "固定资产"],
  carryover: ["结转结余", "结转结余资金", "年末结转结余", "结转结余总额", "年末结转和结余"],
};

const KEY_BY_LABEL: ReadonlyMap<string, BudgetItemKey> = new Map(
  (Object.entries(ITEM_LABELS) as [BudgetItemKey, readonly string[]][]).flatMap(([key, labels]) =>
    labels.map((label) => [itemKey(label), key] as const),
  ),
);

const UNIT = /\((万元|元|千元|人|名|个|项|%)\)$/;

/** Takes a budget row's label apart: indentation, `其中：`, numbering, unit, and the known item it names. */
export function parseBudgetLabel(text: string): BudgetLabel {
  const indent = leadingWidth(text);
  const { body, numbering, partOf } = splitOutlineMarks(normaliseText(text));
  const name = body.replace(/\s/g, "").replace(UNIT, "");
  return { key: KEY_BY_LABEL.get(itemKey(name)) ?? null, name, indent, numbering, partOf };
}

/** Quotes are decoration (`“三公”经费`). */
function itemKey(label: string): string {
  return labelKey(label).replace(/["'“”‘’「」『』]/g, "");
}

function leadingWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === "\u3000") width += 2;
    else if (ch === "\t") width += 4;
    else if (/\s/.test(ch)) width += 1;
    else break;
  }
  return width;
}
