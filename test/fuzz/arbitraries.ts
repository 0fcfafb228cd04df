import fc from "fast-check";
import { columnName } from "../../src/workbook/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * Hostile but realistic inputs: the real labels and values of SPEC §2 and the seeds, mutated the ways people and
 * other programs damage them, laid out in random grids with random merges. Real words keep the readers busy deep
 * inside their code paths; purely random text would stop at the first header check.
 */

/** Header and row labels of SPEC §2.1–2.3 as they appear in real forms. */
export const LABELS: readonly string[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "年度\n指标值",
  "实际完成值",
  "实际完成值(%)",
  "实际值",
  "完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "评分标准",
  "指标说明",
  "年初预算数",
  "调整预算数",
  "调整后预算数",
  "全年预算数",
  "全年执行数",
  "全年执行数（万元）",
  "决算数",
  "实际支出",
  "执行率",
  "项目",
  "项目名称",
  "主管部门",
  "实施单位",
  "项目资金（万元）",
  "年度资金总额",
  "其中：当年财政拨款",
  "本年财政拨款",
  "上年结转资金",
  "其他资金",
  "年度总体目标",
  "预期目标",
  "实际完成情况",
  "绩效指标",
  "总分",
  "合计",
  "等级",
  "自评等级",
  "产出指标(50分)",
  "效益指标（30分）",
  "满意度指标(10分)",
  "管理效能(45分)",
  "履职效能50分",
  "加分（5分）",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "社会效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "收入合计",
  "财政拨款收入",
  "支出合计",
  "基本支出",
  "其中：工资福利支出",
  "\u3000\u3000（一）商品和服务支出",
  "对个人和家庭的补助",
  "项目支出",
  "三公经费",
  "因公出国（境）费",
  "公务用车购置及运行费",
  "公务接待费",
  "公用经费",
  "政府采购",
  "编制数",
  "在职人数",
  "固定资产总额",
  "预算执行率",
  "预决算差异率",
  "三公经费控制率",
  "在职人员控制率",
  "结转结余率",
  "指标1",
  "……",
  "注：",
];

/** Values of the cells under those labels: targets, actuals, rules, numbers typed as text, errors, formulas' text. */
export const VALUES: readonly string[] = [
  "≥95%",
  "不低于95%",
  "每年不少于2000件",
  "≤90万元",
  "=100%",
  "100%处置，不留隐患",
  "零登记",
  "与2023年持平",
  "只减不增",
  "较上年下降5%",
  "在项目计划完成时间内完成",
  "达成年度指标",
  "部分达成年度指标并具有一定效果",
  "未达成年度指标且效果较差",
  "1,391.03",
  "８６％",
  "86%",
  "0.86",
  "≥50个",
  "2760件",
  "—",
  "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止",
  "≥90%，计5分；80%(含)-90%，计4分；低于60%不得分",
  "每出现一例不符合要求的扣1分，扣完为止",
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "=1+1",
  "=SUM(G12:G20)",
  "+1",
  "-1",
  "@SUM(A1)",
  '=HYPERLINK("http://example.com","点击")',
  "优",
  "良",
  "差",
];

/** Characters that matter to the readers and parsers: digits, signs, units, brackets, spaces, line breaks. */
const TOUCHY = [..."0123456789.,%-+=@#≥≤<>()（）：:分件万元次零一二三年 \n\t\u3000"];

type Edit = (text: string, at: number, extra: string) => string;

/** The ways a label is damaged: typed over, cut, doubled, widened to full width, spaced out, wrapped. */
const EDITS: readonly Edit[] = [
  (text, at, extra) => text.slice(0, at) + extra + text.slice(at),
  (text, at) => text.slice(0, at) + text.slice(at + 1),
  (text, at) => text.slice(0, at) + text.slice(at, at + 3) + text.slice(at),
  (text, at) => {
    const code = text.charCodeAt(at);
    const wide = code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : text.charAt(at);
    return text.slice(0, at) + wide + text.slice(at + 1);
  },
  (text, at) => `${text.slice(0, at)}\n${text.slice(at)}`,
  (text) => ` ${text}\u3000`,
];

const edit = fc.record({
  which: fc.nat({ max: EDITS.length - 1 }),
  at: fc.nat(),
  extra: fc.oneof(fc.constantFrom(...TOUCHY), fc.string({ unit: "binary", maxLength: 3 })),
});

/** A text from `base` with up to three random edits. */
export function mutated(base: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...base), fc.array(edit, { maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((out, { which, at, extra }) => {
      const apply = EDITS[which % EDITS.length];
      return apply(out, out.length === 0 ? 0 : at % (out.length + 1), extra);
    }, text),
  );
}

/** A long text built from a real one: thousands of characters, up to Excel's limit of 32,767 per cell. */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LABELS, ...VALUES), fc.constantFrom(2_000, 10_000, 32_767))
  .map(([text, length]) => text.repeat(Math.ceil(length / Math.max(1, text.length))).slice(0, length));

/** Numbers a host can hand over, the impossible ones included (NaN, Infinity, -0, the extremes). */
const number: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, -0, 0.86, 0.9959, 1391.03, 100, 1e15, -1e-9, 45292, NaN, Infinity, -Infinity),
  fc.double(),
);

/** One cell's value. `huge` adds the rare 32,767-character text (expensive, so not in every grid). */
export function cellValue(huge: boolean): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<CellValue>(null, "") },
    { weight: 4, arbitrary: mutated(LABELS) },
    { weight: 3, arbitrary: mutated(VALUES) },
    { weight: 3, arbitrary: number },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: huge ? 1 : 0, arbitrary: hugeText },
  );
}

/** Header rows of the three blocks (SPEC §2), each label mutated or not, so that random bodies get read. */
const HEADERS: readonly (readonly string[])[] = [
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "指标说明", "实际完成值", "得分"],
  ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["项目", "年初预算数", "调整预算数", "全年预算数", "全年执行数", "上年执行数"],
];

const headerRow: fc.Arbitrary<CellValue[]> = fc
  .tuple(fc.constantFrom(...HEADERS), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }))
  .chain(([header, damaged]) =>
    fc.tuple(...header.map((label, i) => (damaged[i] ? mutated([label]) : fc.constant<CellValue>(label)))),
  );

const NUMBER_FORMATS = ["General", "0%", "0.00%", "0.00", "#,##0.00", "yyyy/m/d", '0"件"', "@", "[Red]0.0", ""];
const FORMULAS = ["=SUM(G12:G20)", "=F12*E12/D12", "=1/0", "=Sheet2!A1", "=A1", '="="&"1+1"', "=#REF!"];

/** A1 address somewhere in or near a grid, or far out at Excel's limits. */
const address: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 9, arbitrary: fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 14 })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(0, 1_048_575, 5_000_000), fc.constantFrom(0, 16_383, 20_000)) },
  )
  .map(([row, col]) => `${columnName(col)}${row + 1}`);

/** Merged areas: ordinary, reversed, overlapping (two draws may overlap), covering headers, whole sheets, garbage. */
export const merge: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(address, address).map(([a, b]) => `${a}:${b}`) },
  { weight: 2, arbitrary: address },
  {
    weight: 1,
    arbitrary: fc.constantFrom("A1:XFD1048576", "A:A", "1:1", "Z99:A1", "A0:B2", "Sheet1!B2:C3", "", "合并", "B2:"),
  },
);

/** Excel's rule for a sheet name: 1 to 31 characters, none of \\ / ? * [ ] :, no apostrophe at either end. */
const EXCEL_SHEET_NAME = /^(?!')[^\\/?*[\]:]{1,31}(?<!')$/;

/** Sheet names, the add-in's own among them; only names Excel allows, as a host can only report those. */
const sheetName = fc.oneof(
  fc.constantFrom(
    "项目自评表",
    "部门整体支出绩效自评表",
    "预算收支表",
    "校验结果",
    "自评报告",
    "_selfeval_state",
    "Sheet1",
  ),
  fc.string({ maxLength: 31 }).filter((name) => EXCEL_SHEET_NAME.test(name) && name.toLowerCase() !== "history"),
);

const LEVEL1 = [
  "产出指标(50分)",
  "效益指标（30分）",
  "满意度指标(10分)",
  "投入",
  "过程",
  "产出",
  "效果",
  "加分（5分）",
];
const LEVEL2 = ["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "可持续影响指标", "满意度指标"];
const NAMES = ["处理信访件数", "按期办结率", "群众满意度", "预算执行率", "三公经费控制率", "在职人员控制率", "指标1"];
const FOOTERS = ["总分", "合计", "自评等级", "等级", "年度资金总额", "其中：当年财政拨款", "注：1. 分值合计为100分。"];

/** What a body cell under a header holds, by the header's meaning, so that random tables get scored. */
function underHeader(label: string, huge: boolean): fc.Arbitrary<CellValue> {
  // In `huge` grids the texts a finding quotes (names, targets, rules, actuals) are often Excel-sized.
  const text = (pool: readonly string[]): fc.Arbitrary<CellValue> =>
    huge ? fc.oneof(mutated(pool), hugeText) : mutated(pool);
  const numberish = fc.oneof(number, mutated(["20", "10", "5", "1,391.03", "８６％", "0.5", "—"]));
  const key = label.replace(/\s/g, "");
  if (key.startsWith("一级")) return fc.oneof(fc.constant(null), mutated(LEVEL1));
  if (key.startsWith("二级")) return fc.oneof(fc.constant(null), mutated(LEVEL2));
  if (key.startsWith("三级") || key === "项目") return text(NAMES);
  if (key.includes("指标值") || key.includes("评分标准")) return text(VALUES);
  if (key.includes("实际") || key.includes("完成值")) return fc.oneof(text(VALUES), number);
  if (key.includes("偏差")) return fc.oneof(fc.constant(null), mutated(["原因说明", "=1+1", "@SUM(A1)"]));
  return fc.oneof({ weight: 4, arbitrary: numberish }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A header row and a body whose cells fit their columns, now and then damaged; 总分 and 等级 lines below. */
const tableRows = (huge: boolean): fc.Arbitrary<CellValue[][]> =>
  fc.constantFrom(...HEADERS).chain((header) =>
    fc
      .tuple(
        fc.constant<CellValue[]>([...header]),
        fc.array(
          fc.tuple(
            ...header.map((label) => fc.oneof({ weight: 9, arbitrary: underHeader(label, huge) }, cellValue(huge))),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.tuple(fc.constantFrom(...FOOTERS), fc.array(fc.oneof(number, fc.constantFrom("优", "良", null)))), {
          maxLength: 2,
        }),
      )
      .map(([head, body, footers]) => [
        head,
        ...body,
        ...footers.map(([label, rest]) => [label, ...Array<CellValue>(4).fill(null), ...rest]),
      ]),
  );

type Grid = { values: CellValue[][]; formulas: (string | null)[][]; numberFormats: string[][] };

/** Rows of cells, each row of its own length, then squared off as a host's snapshot is. */
function grid(huge: boolean): fc.Arbitrary<Grid> {
  const cell = fc.record({
    value: cellValue(huge),
    formula: fc.option(fc.constantFrom(...FORMULAS), { freq: 12 }),
    format: fc.constantFrom(...NUMBER_FORMATS),
  });
  const plain = (values: readonly CellValue[]) => values.map((value) => ({ value, formula: null, format: "General" }));
  const group = fc.oneof(
    { weight: 1, arbitrary: headerRow.map((values) => [plain(values)]) },
    { weight: 2, arbitrary: tableRows(huge).map((table) => table.map(plain)) },
    { weight: 4, arbitrary: fc.array(cell, { maxLength: 12 }).map((row) => [row]) },
  );
  return fc.array(group, { maxLength: 8 }).map((groups) => {
    const rows = groups.flat().slice(0, 40);
    const width = rows.reduce((widest, r) => Math.max(widest, r.length), 0);
    const at = (r: number, c: number) => rows[r]?.[c] ?? { value: null, formula: null, format: "General" };
    const map = <T>(pick: (cell: { value: CellValue; formula: string | null; format: string }) => T): T[][] =>
      rows.map((_, r) => Array.from({ length: width }, (__, c) => pick(at(r, c))));
    return { values: map((c) => c.value), formulas: map((c) => c.formula), numberFormats: map((c) => c.format) };
  });
}

/**
 * The grid cut to the cells holding a value or a formula, and where it then starts: both hosts report such a used
 * range (Office's `getUsedRange(valuesOnly)`), never blank rows or columns around it.
 */
function usedRange({ values, formulas, numberFormats }: Grid, origin: { row: number; col: number }) {
  const holds = (r: number, c: number) => (values[r]?.[c] ?? null) !== null || (formulas[r]?.[c] ?? null) !== null;
  const rows = values.map((row, r) => row.some((_, c) => holds(r, c)));
  const cols = (values[0] ?? []).map((_, c) => values.some((__, r) => holds(r, c)));
  const [top, bottom] = [rows.indexOf(true), rows.lastIndexOf(true)];
  const [left, right] = [cols.indexOf(true), cols.lastIndexOf(true)];
  if (top < 0) return { origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
  const cut = <T>(cells: T[][]) => cells.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  return {
    origin: { row: origin.row + top, col: origin.col + left },
    values: cut(values),
    formulas: cut(formulas),
    numberFormats: cut(numberFormats),
  };
}

export function sheetSnapshot(huge = false): fc.Arbitrary<SheetSnapshot> {
  return fc
    .record({
      name: sheetName,
      grid: grid(huge),
      origin: fc.record({ row: fc.nat({ max: 6 }), col: fc.nat({ max: 3 }) }),
      merges: fc.array(merge, { maxLength: 10 }),
      protected: fc.nat({ max: 4 }).map((n) => n === 0),
      visibility: fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const),
    })
    .map(({ name, grid: cells, origin, merges, protected: locked, visibility }) => ({
      name,
      protected: locked,
      visibility,
      ...usedRange(cells, origin),
      merges,
    }));
}

/** One to three sheets with distinct names (a workbook cannot hold two sheets of one name, whatever the case). */
export function workbookSnapshot(huge = false): fc.Arbitrary<WorkbookSnapshot> {
  return fc
    .uniqueArray(sheetSnapshot(huge), { minLength: 1, maxLength: 3, selector: (sheet) => sheet.name.toLowerCase() })
    .map((sheets) => ({ sheets }));
}
