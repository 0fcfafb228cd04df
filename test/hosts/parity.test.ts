import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/hosts/office";
import { toCellInput } from "../../src/hosts/office/cellInput";
import { loadWorkbook, openXlsxHost, readSnapshot, saveWorkbook } from "../../src/hosts/xlsx";
import { themeColors } from "../../src/hosts/xlsx/colors";
import { fillColor } from "../../src/hosts/xlsx/fills";
import { analyseWorkbook } from "../../src/workbook/analyse";
import { toA1 } from "../../src/workbook/address";
import type { WritePlan } from "../../src/workbook/plan";
import { recalculate } from "../../src/workbook/recalculate";
import { fillKey, type WorkbookSnapshot } from "../../src/workbook/snapshot";
import { STATE_SHEET_NAME } from "../../src/workbook/state";
import { fillsToRead } from "../../src/workbook/write/buildPlan";
import { FINDINGS_SHEET_NAME } from "../../src/workbook/write/findingsSheet";
import { createFakeExcel, type FakeWorkbook, fakeWorkbookFromSnapshot, snapshotOfFake } from "./office/fakeExcel";
import { keyPosition } from "./office/fakeExcel/model";
import { savedLinks } from "./xlsx/savedLinks";

/**
 * Issue 4 "Must show": the Office host (over the fake Excel) and the file host (ExcelJS) turn the same workbook into
 * the same workbook. Each file is loaded with ExcelJS and recalculated twice: through `createOfficeHost` over a fake
 * Excel holding what the file holds (its snapshot and its fills), and through `openXlsxHost`, saved and loaded back.
 *
 * Compared: every sheet's used range (values, formulas, number formats), merges, visibility and protection; every
 * cell's fill; every link's target; the state sheet's JSON; and the 校验结果 rows. Deliberately left out, as the
 * hosts differ by design:
 * - charts: ExcelJS cannot draw them, so the file host writes a report's data table without its chart (a
 *   recalculation draws none anyway);
 * - the Text format ("@") the Office host gives text Excel would otherwise parse ("=…", "2024…"), which the file
 *   host does not need (a string cell is text): such cells' number formats are not compared;
 * - fonts, wrapping, column widths (points against characters) and frozen panes, which only lay out the sheets the
 *   add-in owns, and the link font, which Excel applies itself to a native link.
 */

/** A workbook as the comparison sees it. */
type View = {
  readonly snapshot: WorkbookSnapshot;
  /** `sheet!A1` → "#RRGGBB", for every filled cell. */
  readonly fills: { readonly [cell: string]: string };
  /** `sheet!A1` → the linked place, "'Sheet'!A1". */
  readonly links: { readonly [cell: string]: string };
};

/** A saved file as the file host loads it, with the links its XML holds (ExcelJS reads no in-workbook link). */
async function fileView(file: string): Promise<View> {
  const workbook = await loadWorkbook(file);
  const links: { [cell: string]: string } = {};
  for (const [sheet, cells] of await savedLinks(await readFile(file))) {
    // A link out of the workbook shows as its relationship, which no documentReference matches.
    for (const [cell, link] of cells) links[fillKey(sheet, cell)] = link.location ?? `→ ${link.relationship?.target}`;
  }
  return { snapshot: readSnapshot(workbook), fills: fileFills(workbook), links };
}

function fakeView(workbook: FakeWorkbook): View {
  const fills: { [cell: string]: string } = {};
  const links: { [cell: string]: string } = {};
  for (const sheet of workbook.sheets) {
    for (const [key, cell] of sheet.cells) {
      const { row, col } = keyPosition(key);
      if (cell.fill) fills[fillKey(sheet.name, toA1(row, col))] = cell.fill;
      const target = cell.hyperlink?.documentReference;
      if (target !== undefined) links[fillKey(sheet.name, toA1(row, col))] = target;
    }
  }
  return { snapshot: snapshotOfFake(workbook), fills, links };
}

/** Every solid fill of the file, as the fake takes them: the fills Excel would report for it. */
function fileFills(workbook: ExcelJS.Workbook): { readonly [cell: string]: string } {
  const fills: { [cell: string]: string } = {};
  const theme = themeColors(workbook);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const color = fillColor(cell.style.fill, theme);
        if (color) fills[fillKey(sheet.name, cell.address)] = color;
      }),
    );
  }
  return fills;
}

/**
 * Leaves out the number format of every cell the plan wrote as text that Excel would parse (see above): the Office
 * host formats those "@" first, the file host needs no format for them.
 */
function withoutTextFormats(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const written = new Set(plan.cells.map((write) => fillKey(write.sheet, write.cell)));
  const owned = new Set(plan.sheets.map((sheet) => sheet.name));
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      numberFormats: sheet.numberFormats.map((row, r) =>
        row.map((format, c) => {
          const value = sheet.values[r]?.[c];
          const cell = fillKey(sheet.name, toA1(sheet.origin.row + r, sheet.origin.col + c));
          const byAddIn = owned.has(sheet.name) || written.has(cell);
          const parsed = typeof value === "string" && toCellInput(value).asText;
          return byAddIn && parsed ? "(text written by the add-in)" : format;
        }),
      ),
    })),
  };
}

/** A sheet's used range as rows of values, for the 校验结果 rows and the state sheet's JSON. */
function sheetValues(view: View, name: string): readonly (readonly unknown[])[] {
  const sheet = view.snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`No sheet ${name}.`);
  return sheet.values;
}

/** The links a sheet's cells hold, as "cell → target" lines in a stable order. */
function linksOf(view: View, sheet: string): string[] {
  return Object.entries(view.links)
    .filter(([cell]) => cell.startsWith(`${sheet}!`))
    .map(([cell, target]) => `${cell} → ${target}`)
    .sort();
}

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

type TableOptions = {
  /** The header labels sit in cells merged over two rows. */
  readonly mergedHeader?: boolean;
  /** A 得分 a person typed into the first indicator row. */
  readonly typedScore?: number;
};

/**
 * A small 项目支出绩效自评表 as people lay it out: a merged title, a header row, indicator rows with their 一级指标
 * merged down, a filled header, a filled indicator row and a filled cell, a 总分 row. Rows 3 and 5 miss their target.
 */
function projectTable(sheet: ExcelJS.Worksheet, options: TableOptions = {}): void {
  sheet.getCell("A1").value = "项目支出绩效自评表";
  sheet.mergeCells("A1:H1");
  sheet.getRow(2).values = ["项目名称", "信访工作经费"];
  const header = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度\n指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ];
  sheet.getRow(3).values = header;
  let next = 4;
  if (options.mergedHeader) {
    header.forEach((_, c) => sheet.mergeCells(3, c + 1, 4, c + 1));
    next = 5;
  }
  header.forEach((_, c) => (sheet.getCell(3, c + 1).fill = solid("FFD9D9D9")));
  const rows: (string | number | null)[][] = [
    ["产出指标(60分)", "数量指标", "接待来访群众批次", "≥1200批次", "1,356批次", 20, options.typedScore ?? null, null],
    [null, "质量指标", "信访事项按期办结率", "≥95%", 0.963, 20, null, null],
    [null, "时效指标", "信访事项及时受理率", "≥98%", "96%", 20, null, null],
    ["效益指标(30分)", "社会效益指标", "信访矛盾纠纷化解率", "≥80%", "98%", 30, null, "开展积案化解专项行动"],
    ["满意度指标(10分)", "服务对象满意度指标", "来访群众满意度", "≥90%", 0.85, 10, null, null],
  ];
  rows.forEach((row, i) => (sheet.getRow(next + i).values = row));
  sheet.mergeCells(next, 1, next + 2, 1);
  sheet.getCell(next + 1, 5).numFmt = "0.00%";
  sheet.getCell(next + 4, 5).numFmt = "0%";
  for (let c = 1; c <= 8; c += 1) sheet.getCell(next + 2, c).fill = solid("FFFFFF00");
  sheet.getCell(next + 4, 5).fill = solid("FFBDD7EE");
  sheet.getRow(next + rows.length).values = ["总分", null, null, null, null, 100, null, null];
}

/** The fixtures: merged header cells, a person's edited score, a protected sheet (named so that it reads as a date). */
const FIXTURES: { readonly [file: string]: (workbook: ExcelJS.Workbook) => void | Promise<void> } = {
  "fixture-merged-header.xlsx": (workbook) => projectTable(workbook.addWorksheet("项目表"), { mergedHeader: true }),
  "fixture-edited-score.xlsx": (workbook) => projectTable(workbook.addWorksheet("项目表"), { typedScore: 3 }),
  "fixture-protected-sheet.xlsx": async (workbook) => {
    projectTable(workbook.addWorksheet("项目表"));
    const locked = workbook.addWorksheet("2024年项目表");
    projectTable(locked);
    await locked.protect("", {});
  },
};

let folder = "";
const files: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "selfeval-parity-"));
  for (const name of (await readdir("samples")).filter((file) => file.endsWith(".xlsx")).sort()) {
    files.push(join("samples", name));
  }
  for (const [name, build] of Object.entries(FIXTURES)) {
    const workbook = new ExcelJS.Workbook();
    await build(workbook);
    await saveWorkbook(workbook, join(folder, name));
    files.push(join(folder, name));
  }
});

afterAll(() => rm(folder, { recursive: true, force: true }));

/** A fake Excel holding what the file holds: its snapshot and its fills. */
async function fakeOf(file: string) {
  const workbook = await loadWorkbook(file);
  return createFakeExcel(fakeWorkbookFromSnapshot(readSnapshot(workbook), fileFills(workbook)), {
    platform: "desktop",
  });
}

describe("the Office host and the file host", () => {
  it("are compared over every sample and the fixtures", () => {
    expect(files.filter((file) => file.startsWith("samples"))).toHaveLength(4);
    expect(files).toHaveLength(7);
  });

  it("read the same snapshot and the same fills from every file", async () => {
    for (const file of files) {
      const workbook = await loadWorkbook(file);
      const snapshot = readSnapshot(workbook);
      const fake = await fakeOf(file);
      const office = createOfficeHost((batch) => fake.run(batch));
      expect({ file, snapshot: await office.readSnapshot() }).toEqual({ file, snapshot });
      const cells = fillsToRead(analyseWorkbook(snapshot));
      const xlsx = await openXlsxHost(file);
      expect({ file, fills: await office.readFills(cells) }).toEqual({ file, fills: await xlsx.readFills(cells) });
    }
  });

  it("recalculate every file into the same workbook", async () => {
    const compared = { links: 0, highlights: 0, scores: 0 };
    for (const [i, file] of files.entries()) {
      const fake = await fakeOf(file);
      const office = await recalculate(createOfficeHost((batch) => fake.run(batch)));
      const xlsx = await openXlsxHost(file);
      const saved = join(folder, `recalculated-${i}.xlsx`);
      const local = await recalculate(xlsx);
      await xlsx.save(saved);
      const [byOffice, byFile] = [fakeView(fake.workbook), await fileView(saved)];

      expect({ file, plan: office.plan }).toEqual({ file, plan: local.plan });
      expect({ file, snapshot: withoutTextFormats(byOffice.snapshot, office.plan) }).toEqual({
        file,
        snapshot: withoutTextFormats(byFile.snapshot, local.plan),
      });
      expect({ file, fills: byOffice.fills }).toEqual({ file, fills: byFile.fills });
      expect({ file, links: byOffice.links }).toEqual({ file, links: byFile.links });
      expect({ file, findings: sheetValues(byOffice, FINDINGS_SHEET_NAME) }).toEqual({
        file,
        findings: sheetValues(byFile, FINDINGS_SHEET_NAME),
      });
      expect(linksOf(byOffice, FINDINGS_SHEET_NAME)).toEqual(linksOf(byFile, FINDINGS_SHEET_NAME));
      const state = (view: View): unknown => JSON.parse(String(sheetValues(view, STATE_SHEET_NAME)[0]?.[0]));
      expect({ file, state: state(byOffice) }).toEqual({ file, state: state(byFile) });
      compared.links += Object.keys(byOffice.links).length;
      compared.highlights += office.plan.fills.length;
      compared.scores += office.plan.cells.length;
    }
    // Something of each kind was written, so that the comparisons above compared something.
    expect(Math.min(compared.links, compared.highlights, compared.scores)).toBeGreaterThan(0);
  });
});
