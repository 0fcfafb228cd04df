import { listItems } from "../../core/report/listItems";
import type { DepartmentFacts } from "../../core/report/types";
import { labelKey } from "../../core/text/normalise";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { textKey } from "./cellText";
import { Grid } from "./grid";
import { isInputSheet } from "./inputSheets";
import type { ReadOptions } from "./readWorkbookModel";

/** A fact of the 基本情况 block. */
export type FactKey = keyof DepartmentFacts;

/**
 * The labels of the 基本情况 block, by the fact each names; the first of each is the one the templates lay out.
 * The block is label / value pairs anywhere in a sheet: the value in the next non-empty cell to the right (on each row
 * of a label merged down), or after a colon in the label's own cell (`部门名称：某区信访局`).
 */
export const FACTS_LABELS: { readonly [K in FactKey]-?: readonly string[] } = {
  name: ["部门名称", "单位名称", "部门（单位）名称", "预算部门", "预算单位"],
  year: ["年度", "评价年度", "自评年度", "所属年度"],
  functions: ["主要职能", "部门职能", "部门主要职能", "职能职责"],
  organisation: ["机构设置", "机构设置情况", "内设机构"],
  authorisedStaff: ["人员编制", "编制数", "编制人数", "核定编制"],
  actualStaff: ["实有人数", "在职人数", "实有在职人数"],
  tasks: ["年度工作任务", "年度总体工作", "年度总体工作和重点工作任务", "重点工作任务"],
  goal: ["部门整体支出绩效目标", "绩效目标", "整体绩效目标", "年度绩效目标"],
};

/** The heading the templates print above the block. */
export const FACTS_HEADING = "基本情况";

/** The 预期目标 of a table's 年度总体目标 block stands under its label: the goal, when no label names one. */
const GOAL_ABOVE_VALUE = labelKey("预期目标");

/** Labels are short; longer cells are values or notes and are not looked up. */
const MAX_LABEL_LENGTH = 24;

/** A trailing colon or unit in brackets is decoration of the label (`编制数（人）：`). */
const DECORATION = /(\([^)]*\))?:?$/;

const FACT_BY_KEY: ReadonlyMap<string, FactKey> = new Map(
  (Object.entries(FACTS_LABELS) as [FactKey, readonly string[]][]).flatMap(([fact, labels]) =>
    labels.map((label) => [labelKey(label), fact] as const),
  ),
);

/** The facts one sheet gives: by label, and the 预期目标 standing under its label. */
type SheetFacts = { readonly labelled: ReadonlyMap<FactKey, string>; readonly goalBelow: string | null };

/**
 * What the workbook says about the department (SPEC §4 "自评报告"), from its 基本情况 labels wherever they are: the
 * first non-empty value of each fact, sheet by sheet, top to bottom. The add-in's own sheets and ignored ones are not
 * read. Missing facts are absent; the report leaves placeholders for them.
 */
export function readDepartmentFacts(snapshot: WorkbookSnapshot, options: ReadOptions = {}): DepartmentFacts {
  const ignored = new Set(options.ignoredSheets ?? []);
  const found = new Map<FactKey, string>();
  let goalBelow: string | null = null;
  for (const sheet of snapshot.sheets) {
    if (!isInputSheet(sheet.name, ignored)) continue;
    const facts = sheetFacts(new Grid(sheet));
    for (const [fact, value] of facts.labelled) if (!found.has(fact)) found.set(fact, value);
    goalBelow ??= facts.goalBelow;
  }
  if (!found.has("goal") && goalBelow !== null) found.set("goal", goalBelow);
  return factsFrom(found);
}

/** The sheet holds a filled 基本情况 label: it is input, though no table is on it. */
export function holdsFacts(grid: Grid): boolean {
  return sheetFacts(grid).labelled.size > 0;
}

function sheetFacts(grid: Grid): SheetFacts {
  const labelled = new Map<FactKey, string>();
  let goalBelow: string | null = null;
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col = grid.mergeRight(row, col) + 1) {
      const value = grid.value(row, col);
      const key = textKey(value);
      if (key === null || grid.isCovered(row, col)) continue;
      const inline = inlineFact(String(value));
      if (inline) {
        if (!labelled.has(inline.fact)) labelled.set(inline.fact, inline.value);
        continue;
      }
      if (key.length > MAX_LABEL_LENGTH) continue;
      const fact = factOf(key);
      if (fact && !labelled.has(fact)) {
        const text = valueRight(grid, row, col);
        if (text !== "") labelled.set(fact, text);
      } else if (key === GOAL_ABOVE_VALUE) {
        goalBelow ??= valueBelow(grid, row, col);
      }
    }
  }
  return { labelled, goalBelow };
}

function factOf(key: string): FactKey | undefined {
  return FACT_BY_KEY.get(key.replace(DECORATION, ""));
}

/** `部门名称：某区信访局` in one cell. */
function inlineFact(text: string): { fact: FactKey; value: string } | null {
  const colon = text.search(/[:：]/);
  if (colon < 0) return null;
  const head = textKey(text.slice(0, colon));
  const fact = head === null || head.length > MAX_LABEL_LENGTH ? undefined : factOf(head);
  const value = text.slice(colon + 1).trim();
  return fact && value !== "" ? { fact, value } : null;
}

/** The first non-empty cell right of the label on each row the label spans, joined by line breaks. */
function valueRight(grid: Grid, row: number, col: number): string {
  const lines: string[] = [];
  for (let r = row; r <= grid.mergeBottom(row, col); r++) {
    for (let c = grid.mergeRight(row, col) + 1; c <= grid.right; c = grid.mergeRight(r, c) + 1) {
      if (grid.isBlank(r, c) || grid.isCovered(r, c)) continue;
      // Another label next to an empty value (`人员编制 | | 实有人数 | 13`): this row gives no value.
      const key = textKey(grid.value(r, c));
      if (key === null || key.length > MAX_LABEL_LENGTH || factOf(key) === undefined)
        lines.push(cellText(grid.value(r, c)));
      break;
    }
  }
  return lines.join("\n").trim();
}

/** The cell just under the label's (merged) cell, when it holds something. */
function valueBelow(grid: Grid, row: number, col: number): string | null {
  const below = grid.mergeBottom(row, col) + 1;
  return below <= grid.bottom && !grid.isBlank(below, col) ? cellText(grid.value(below, col)) : null;
}

function cellText(value: CellValue): string {
  return value === null ? "" : String(value).trim();
}

function factsFrom(found: ReadonlyMap<FactKey, string>): DepartmentFacts {
  const facts: { -readonly [K in FactKey]?: DepartmentFacts[K] } = {};
  for (const [fact, value] of found) {
    if (fact === "functions") facts.functions = listItems(value);
    else facts[fact] = value;
  }
  return facts;
}
