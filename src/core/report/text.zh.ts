import { formatCount, formatPercent, formatScore, formatWan } from "../format";
import type { IndicatorStatus } from "../results";
import { figure, joinRuns, placeholder, runs, text } from "./runs";
import type { ReportRun } from "./types";

/**
 * Every word of the 自评报告 in Chinese, in the register of the seeds (`2023年度部门决算支出797.14万元`,
 * `预算执行率99.59%`, `综合评分为94.92分，评分等级为优`). Sentences take figures as numbers and format them here:
 * 万元 and rates to 2 decimals, scores to 2 decimals with 分. The builders decide which sentences to write.
 */

type Runs = ReportRun[];

/** An amount in 万元. */
const wan = (amount: number): ReportRun => figure(formatWan(amount));
/** A rate held as a fraction. */
const pct = (fraction: number): ReportRun => figure(formatPercent(fraction));
/** A score or a weight. */
const points = (score: number): ReportRun => figure(`${formatScore(score)}分`);
/** A head count. */
const people = (count: number): ReportRun => figure(`${formatCount(count)}人`);
/** What only a person can write. */
const ask = (what: string): ReportRun => placeholder(`【请填写：${what}】`);

/** A head count with its label (`编制人数14人`); a sentence a person typed stands alone; a missing one is asked for. */
const staffPart = (label: string, value: number | string | null): Runs =>
  typeof value === "number"
    ? runs`${label}${people(value)}`
    : value === null
      ? runs`${label}${ask(label)}`
      : runs`${value}`;

/** A labelled figure, or null when the workbook does not hold it. */
type Labelled = readonly [label: string, figure: ReportRun | null];

/** `label figure，label figure` for the figures present, in order. */
function figureList(pairs: readonly Labelled[]): Runs {
  const present = pairs.flatMap(([label, run]) => (run ? [runs`${label}${run}`] : []));
  return joinRuns(present, "，");
}

/** `，label figure…`, or nothing when no figure is present. */
function clauses(pairs: readonly Labelled[]): Runs {
  const list = figureList(pairs);
  return list.length === 0 ? [] : runs`，${list}`;
}

/** A named amount: `基本支出892.82万元`, with the amounts under it in brackets. */
export type AmountLine = { readonly name: string; readonly amount: number; readonly parts: readonly AmountLine[] };

function amountLine(line: AmountLine): Runs {
  const head = runs`${line.name}${wan(line.amount)}`;
  return line.parts.length === 0 ? head : runs`${head}（${joinRuns(line.parts.map(amountLine), "，")}）`;
}

/** `，其中A x万元，B y万元`, or nothing without parts. */
const partsClause = (parts: readonly AmountLine[]): Runs =>
  parts.length === 0 ? [] : runs`，其中${joinRuns(parts.map(amountLine), "，")}`;

/** One 三级指标 as the report describes it. */
export type IndicatorLine = {
  readonly name: string;
  /** 年度指标值 as written; "" when none. */
  readonly target: string;
  /** 实际完成值 as written (or filled from the budget table); null when empty. */
  readonly actual: string | null;
  readonly status: IndicatorStatus;
  /** actual ÷ target of an over-achieved row. */
  readonly achievement: number | null;
  readonly score: number | null;
  readonly weight: number | null;
  /** 偏差原因 as written; "" when none. */
  readonly reason: string;
  readonly reasonRequired: boolean;
};

const STATUS: { readonly [S in IndicatorStatus]: string } = {
  met: "完成年度指标值",
  exceeded: "超额完成年度指标值",
  missed: "未完成年度指标值",
  qualitative: "定性指标",
  manual: "需人工评分",
  invalid: "指标值或实际完成值无法识别",
};

const targetAndActual = (line: IndicatorLine): Runs =>
  runs`${line.target === "" ? "" : `年度指标值${line.target}，`}实际完成${line.actual ?? ask("实际完成值")}`;

function reasonClause(line: IndicatorLine, what: string): Runs {
  if (line.reason !== "") return runs`偏差原因：${line.reason}。`;
  return line.reasonRequired ? runs`偏差原因：${ask(what)}。` : [];
}

/** A finding as one line of the report. */
export type FindingLine = {
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly suggestion: string;
};

export const ZH = {
  title: (name: string | undefined, year: string | undefined): string =>
    `${name ?? ""}${year ?? ""}部门整体支出绩效自评报告`,
  /** The year as the sentences start: `2023年度`, or `本年度` when the workbook does not say. */
  yearLabel: (year: number | null): string => (year === null ? "本年度" : `${year}年度`),

  cover: {
    name: (name: string | undefined): Runs => runs`部门名称：${name ?? ask("部门名称")}`,
    others: [runs`填报人：${ask("填报人")}`, runs`联系电话：${ask("联系电话")}`, runs`填报日期：${ask("填报日期")}`],
  },

  headings: {
    basics: "一、部门基本情况",
    duties: "（一）部门职能",
    functions: "1.主要职能",
    organisation: "2.机构设置情况",
    staff: "3.人员编制情况",
    tasks: "（二）年度总体工作和重点工作任务",
    goal: "（三）部门整体支出绩效目标",
    spending: "（四）部门整体支出情况（以决算数为统计口径）",
    evaluation: "二、绩效自评情况",
    conclusion: "（一）自评结论",
    analysis: "（二）部门整体支出绩效指标分析",
    budgeting: "1.预算编制情况",
    execution: "2.预算执行情况",
    benefit: "3.预算使用效益",
    economy: "（1）经济性",
    effect: "（2）效果性",
    fairness: "（3）公平性",
    issues: "三、存在问题及改进措施",
    problems: "（一）存在问题",
    measures: "（二）改进措施",
    rectification: "四、上年度问题整改情况",
  },

  basics: {
    function: (index: number, duty: string): Runs => runs`（${String(index)}）${duty}`,
    functionsMissing: [ask("部门主要职能，逐条列出")],
    organisationMissing: [ask("内设机构及下属单位情况")],
    staff: (authorised: number | string | null, actual: number | string | null): Runs =>
      runs`${staffPart("编制人数", authorised)}；${staffPart("实有人数", actual)}。`,
    tasksMissing: [ask("年度总体工作和重点工作任务")],
    goalMissing: [ask("部门整体支出绩效目标")],
  },

  spending: {
    income: (year: string, total: number, parts: readonly AmountLine[]): Runs =>
      runs`${year}部门决算收入${wan(total)}${partsClause(parts)}。`,
    expenditure: (year: string, total: number, executionRate: number | null, parts: readonly AmountLine[]): Runs =>
      runs`${year}部门决算支出${wan(total)}${executionRate === null ? "" : runs`，完成预算${pct(executionRate)}`}${partsClause(parts)}。`,
    expenditureParts: (year: string, parts: readonly AmountLine[]): Runs =>
      runs`${year}部门决算支出中，${joinRuns(parts.map(amountLine), "，")}。`,
    threePublic: (executed: number, budget: number | null, parts: readonly AmountLine[], prior: number | null): Runs =>
      runs`“三公”经费财政拨款支出决算${wan(executed)}${clauses([["预算", budget === null ? null : wan(budget)]])}${partsClause(parts)}${clauses([["上年决算", prior === null ? null : wan(prior)]])}。`,
    publicFunds: (initial: number | null, executed: number): Runs =>
      runs`公用经费${initial === null ? "" : runs`年初预算数为${wan(initial)}，`}决算数为${wan(executed)}。`,
    procurement: (budget: number | null, executed: number): Runs =>
      runs`政府采购${budget === null ? "" : runs`预算金额为${wan(budget)}，`}实际采购金额${wan(executed)}。`,
    numbered: (index: number, sentence: Runs): Runs => runs`${String(index)}、${sentence}`,
    missing: [ask("部门决算收入、支出、“三公”经费、公用经费和政府采购情况")],
  },

  conclusion: {
    department: (year: string, total: number | null, grade: string | null): Runs =>
      runs`对照部门整体支出绩效评价指标逐一自评，${year}部门整体支出绩效综合评分为${
        total === null ? ask("综合评分（尚有指标待人工评分）") : points(total)
      }，评分等级为${grade === null ? ask("评分等级") : figure(grade)}。`,
    project: (title: string, total: number | null, grade: string | null): Runs =>
      runs`对照项目支出绩效评价指标逐一自评，“${title}”绩效自评综合评分为${
        total === null ? ask("综合评分（尚有指标待人工评分）") : points(total)
      }，评分等级为${grade === null ? ask("评分等级") : figure(grade)}。`,
    noTable: [ask("综合评分及评分等级（工作簿中未找到绩效自评表）")],
    tableLead: [text("各一级指标得分情况见下表。")],
    others: (tables: readonly { title: string; total: number; grade: string }[]): Runs =>
      runs`其他绩效自评表：${joinRuns(
        tables.map((table) => runs`“${table.title}”${points(table.total)}，评分等级为${figure(table.grade)}`),
        "；",
      )}。`,
    table: {
      title: "各一级指标得分与分值",
      header: ["一级指标", "分值", "得分", "得分率"] as const,
      total: "合计",
    },
    untitled: "未命名",
  },

  budgeting: {
    figures: (
      year: string,
      f: {
        initial: number | null;
        adjustment: number | null;
        budget: number | null;
        executed: number | null;
        balance: number | null;
        adjustmentRate: number | null;
      },
    ): Runs =>
      runs`${year}${figureList([
        ["年初预算数", f.initial === null ? null : wan(f.initial)],
        ["调整预算数", f.adjustment === null ? null : wan(f.adjustment)],
        ["全年预算数", f.budget === null ? null : wan(f.budget)],
        ["全年执行数", f.executed === null ? null : wan(f.executed)],
        ["结余", f.balance === null ? null : wan(f.balance)],
        ["预算调整率", f.adjustmentRate === null ? null : pct(f.adjustmentRate)],
      ])}。`,
    figuresMissing: [ask("年初预算数、调整预算数、全年执行数及结余")],
    narrative: [ask("预算编制的依据、程序和规范性")],
  },

  execution: {
    budget: (budget: number, executed: number, rate: number): Runs =>
      runs`全年预算数${wan(budget)}，全年执行数${wan(executed)}，预算执行率${pct(rate)}。`,
    procurement: (budget: number, executed: number, rate: number): Runs =>
      runs`政府采购预算${wan(budget)}，实际采购${wan(executed)}，政府采购执行率${pct(rate)}。`,
    ratio: (label: string, rate: number): Runs => runs`${label}${pct(rate)}。`,
    fund: (title: string, budget: number | null, executed: number | null, rate: number, score: number | null): Runs =>
      runs`“${title}”：${figureList([
        ["全年预算数", budget === null ? null : wan(budget)],
        ["全年执行数", executed === null ? null : wan(executed)],
        ["执行率", pct(rate)],
        ["得分", score === null ? null : points(score)],
      ])}。`,
    missing: [ask("预算执行率等预算执行情况")],
    narrative: [ask("资金管理、项目管理、采购管理、资产管理和信息公开情况")],
  },

  indicator: (line: IndicatorLine): Runs => {
    const achieved =
      line.status === "exceeded" && line.achievement !== null ? runs`（为年度指标值的${pct(line.achievement)}）` : [];
    const scored = line.score === null ? ask("得分") : points(line.score);
    const weight = line.weight === null ? [] : runs`（分值${points(line.weight)}）`;
    const what = line.status === "exceeded" ? "实际完成值明显高于年度指标值的原因" : "偏差原因";
    return runs`${line.name}：${targetAndActual(line)}，${STATUS[line.status]}${achieved}，得分${scored}${weight}。${reasonClause(line, what)}`;
  },

  benefit: {
    economyMissing: [ask("成本控制和资金节约情况")],
    effectMissing: [ask("产出和效益指标完成情况")],
    fairnessMissing: [ask("公众或服务对象满意度情况")],
  },

  problems: {
    missed: (line: IndicatorLine): Runs =>
      runs`“${line.name}”未完成年度指标值（${targetAndActual(line)}），原因：${line.reason === "" ? ask("未完成原因") : line.reason}。`,
    exceeded: (line: IndicatorLine): Runs =>
      runs`“${line.name}”实际完成值明显高于年度指标值（${targetAndActual(line)}），年度指标值设置偏低${
        line.reason === "" ? runs`，原因：${ask("超额完成原因")}` : runs`，原因：${line.reason}`
      }。`,
    findingsLead: [text("自评表校验发现以下问题尚待处理：")],
    finding: (f: FindingLine): Runs =>
      runs`【${f.severity}】${f.sheet} ${f.cell}：${f.message}。建议：${f.suggestion}。`,
    findingsMore: [text("其余问题详见“校验结果”工作表。")],
    other: [ask("预算管理和绩效管理中存在的其他问题")],
    measures: [ask("针对上述问题的改进措施")],
    rectification: [ask("上年度绩效自评发现问题的整改情况")],
  },
};

/** The words of the report in one language. */
export type ReportText = typeof ZH;
