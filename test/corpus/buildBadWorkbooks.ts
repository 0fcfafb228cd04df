import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { FindingCode } from "../../src/core/findings/types";
import { fromA1 } from "../../src/workbook/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { STATE_SHEET_NAME, type StateData } from "../../src/workbook/state";
import { EMPTY_STATE } from "../../src/workbook/write/readState";
import { sheet as literalSheet } from "../workbook/sheetBuilder";
import { AT, BUDGET_SHEET, baseWorkbook, PROJECT_SHEET } from "./baseWorkbook";
import { snapshotToXlsx } from "./snapshotToXlsx";

/**
 * The corpus of bad workbooks (issue 6): files a reviewer's folder really holds — cut off, corrupt, not workbooks at
 * all, empty, vast, full of formulas, error values and dates, damaged merges, protected, with a person's own
 * 校验结果 — each with what the file host and `selfeval check` must make of it. Built into a temporary folder at
 * test time (`buildBadWorkbooks(dir)`), so no binary file is committed.
 */

/**
 * What must become of a file: read, with findings of these codes, findings on these cells (`sheet!A1`, whatever
 * their code) and this exit code; or refused by name (exit 2).
 */
export type Expectation =
  | {
      readonly readable: true;
      readonly codes: readonly FindingCode[];
      readonly cells?: readonly string[];
      readonly exit: 0 | 1;
    }
  | { readonly readable: false };

export type BadWorkbook = { readonly file: string; readonly what: string; readonly expect: Expectation };

/** Excel's limit on a cell's text. */
export const MAX_CELL_TEXT = 32_767;

const clone = (snapshot: WorkbookSnapshot): WorkbookSnapshot => structuredClone(snapshot);
type MutableSheet = { -readonly [K in keyof SheetSnapshot]: SheetSnapshot[K] } & {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
};

function sheetOf(snapshot: WorkbookSnapshot, name: string): MutableSheet {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet as MutableSheet;
}

/** Sets one cell of a snapshot sheet whose used range starts at A1. */
function put(snapshot: WorkbookSnapshot, sheetName: string, address: string, value: CellValue, formula?: string): void {
  const sheet = sheetOf(snapshot, sheetName);
  const at = fromA1(address);
  const row = sheet.values[at?.row ?? -1];
  if (!at || !row || at.col >= row.length) throw new Error(`${address} is outside ${sheetName}'s used range`);
  row[at.col] = value;
  const formulas = sheet.formulas[at.row];
  if (formulas) formulas[at.col] = formula ?? null;
}

async function bytesOf(snapshot: WorkbookSnapshot): Promise<Buffer> {
  return Buffer.from(await (await snapshotToXlsx(snapshot)).xlsx.writeBuffer());
}

/**
 * A label at A1 and one value in the last row Excel has: a used range of 1,048,576 rows, one column wide (column A)
 * or 16,384 wide (column XFD: 17 billion cells, if a reader fills the range in).
 */
export async function farCellWorkbook(column: "A" | "XFD"): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("远端单元格");
  sheet.getCell("A1").value = "一级指标";
  sheet.getCell(`${column}1048576`).value = 0;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every cell of the used range a formula whose cached result is what the cell showed (empty cells: `=""`). */
function formulasEverywhere(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  for (const sheet of snapshot.sheets as MutableSheet[]) {
    sheet.values = sheet.values.map((row) => row.map((value) => value ?? ""));
    sheet.formulas = sheet.values.map((row) =>
      row.map((value) => (typeof value === "number" ? `=${value}+0` : `=${quoted(String(value))}`)),
    );
  }
  return snapshot;
}

/** Replaces the merged areas of the first sheet in the file's XML, which ExcelJS would refuse to write. */
async function withMergesInXml(bytes: Buffer, refs: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const merges = `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
  const patched = xml.includes("<mergeCells")
    ? xml.replace(/<mergeCells[^]*?<\/mergeCells>/, merges)
    : xml.replace("</sheetData>", `</sheetData>${merges}`);
  zip.file(path, patched);
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * The project table's header over two rows, as many 自评表 print it: 指标值 over 年度指标值 and 实际完成值 in the
 * row below, every other label merged down over both rows.
 */
function twoRowHeader(snapshot: WorkbookSnapshot): void {
  const sheet = sheetOf(snapshot, PROJECT_SHEET);
  const at = AT.header - 1;
  const width = sheet.values[at]?.length ?? 0;
  const lower: CellValue[] = Array.from({ length: width }, () => null);
  lower[3] = "年度指标值";
  lower[4] = "实际完成值";
  sheet.values[at] = sheet.values[at]?.map((label, col) => (col === 3 ? "指标值" : col === 4 ? null : label)) ?? [];
  sheet.values.splice(at + 1, 0, lower);
  sheet.formulas.splice(
    at + 1,
    0,
    lower.map(() => null),
  );
  sheet.numberFormats.splice(
    at + 1,
    0,
    lower.map(() => "General"),
  );
  const down = [..."ABCFGH"].map((col) => `${col}${AT.header}:${col}${AT.header + 1}`);
  sheet.merges = [...down, `D${AT.header}:E${AT.header}`, `A${row(1)}:A${row(2)}`];
}

/** Adds the add-in's very-hidden state sheet holding `state`, protected or not. */
function withState(snapshot: WorkbookSnapshot, state: StateData, isProtected: boolean): void {
  const options = { protected: isProtected, visibility: "veryHidden" } as const;
  (snapshot.sheets as SheetSnapshot[]).push(literalSheet(STATE_SHEET_NAME, [[JSON.stringify(state)]], options));
}

/** One case: its file name, what it is, how it is made, what must become of it. */
type Recipe = BadWorkbook & { readonly make: () => Promise<Buffer | Uint8Array | string> };

const huge = (seed: string): string => seed.repeat(Math.ceil(MAX_CELL_TEXT / seed.length)).slice(0, MAX_CELL_TEXT);
const row = (n: number): number => AT.firstIndicator + n;

function recipes(): Recipe[] {
  const base = baseWorkbook;
  const edited = (edit: (snapshot: WorkbookSnapshot) => void) => async () => {
    const snapshot = clone(base());
    edit(snapshot);
    return bytesOf(snapshot);
  };
  return [
    // Files that are not readable workbooks: refused by name, exit 2, nothing written.
    {
      file: "truncated.xlsx",
      what: "a workbook cut off half-way (an interrupted download)",
      expect: { readable: false },
      make: async () => (await bytesOf(base())).subarray(0, 2_000),
    },
    {
      file: "corrupt-zip.xlsx",
      what: "a workbook whose compressed sheet data was overwritten",
      expect: { readable: false },
      make: async () => {
        const bytes = Buffer.from(await bytesOf(base()));
        // The sheets sit at the start of the archive; their deflate streams are garbage after this.
        bytes.fill(0xa5, 100, 1_500);
        return bytes;
      },
    },
    {
      file: "word-document.xlsx",
      what: "a Word document renamed .xlsx (a zip that is not a workbook)",
      expect: { readable: false },
      make: () =>
        Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("部门整体支出绩效自评报告")] }] })),
    },
    {
      file: "notes.xlsx",
      what: "a text file renamed .xlsx",
      expect: { readable: false },
      make: () => Promise.resolve("一级指标,二级指标,三级指标\n产出指标,数量指标,处理信访件数\n"),
    },
    {
      file: "empty-file.xlsx",
      what: "a file of 0 bytes",
      expect: { readable: false },
      make: () => Promise.resolve(""),
    },
    {
      file: "no-sheets.xlsx",
      what: "a workbook without a single sheet",
      expect: { readable: false },
      make: async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()),
    },
    {
      file: "overlapping-merges.xlsx",
      what: "merged areas over the header that overlap each other (Excel calls the file corrupt)",
      expect: { readable: false },
      make: async () =>
        withMergesInXml(await bytesOf(base()), [`A${AT.header}:C${AT.header}`, `B${AT.header}:D${row(1)}`]),
    },
    // Readable but hostile: read, findings where they apply, the input untouched, a complete copy written.
    {
      file: "one-empty-sheet.xlsx",
      what: "a workbook of one empty sheet",
      expect: { readable: true, codes: ["SHEET_NOT_RECOGNISED"], exit: 0 },
      make: async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet("Sheet1");
        return Buffer.from(await workbook.xlsx.writeBuffer());
      },
    },
    {
      file: "far-cell.xlsx",
      what: "a sheet of 1,048,576 rows of blanks: a label at A1 and a value at A1048576",
      expect: { readable: true, codes: ["SHEET_NOT_RECOGNISED"], exit: 0 },
      make: () => farCellWorkbook("A"),
    },
    {
      file: "huge-strings.xlsx",
      what: "32,767-character texts in the project name, an indicator's name and its target",
      expect: { readable: true, codes: ["TARGET_UNPARSEABLE"], exit: 0 },
      make: edited((snapshot) => {
        put(snapshot, PROJECT_SHEET, "B1", huge("信访专项工作经费"));
        put(snapshot, PROJECT_SHEET, `${AT.nameColumn}${row(0)}`, huge("处理信访件数"));
        put(snapshot, PROJECT_SHEET, `${AT.targetColumn}${row(0)}`, huge("≥2000件，"));
      }),
    },
    {
      file: "formulas-everywhere.xlsx",
      what: "every cell a formula with its cached result, the empty output cells included",
      // The person's formulas in the 得分 cells are kept; OUTPUT_IS_FORMULA says why no score was written there.
      expect: {
        readable: true,
        codes: ["OUTPUT_IS_FORMULA"],
        cells: [`${PROJECT_SHEET}!${AT.scoreColumn}${row(0)}`],
        exit: 0,
      },
      make: async () => bytesOf(formulasEverywhere(clone(base()))),
    },
    {
      file: "error-values.xlsx",
      what: "#REF! in a weight, #DIV/0! in an actual, #N/A in a budget amount",
      expect: {
        readable: true,
        codes: ["CELL_ERROR_VALUE"],
        cells: [
          `${PROJECT_SHEET}!${AT.weightColumn}${row(0)}`,
          `${PROJECT_SHEET}!${AT.actualColumn}${row(1)}`,
          `${BUDGET_SHEET}!E3`,
        ],
        exit: 1,
      },
      make: edited((snapshot) => {
        put(snapshot, PROJECT_SHEET, `${AT.weightColumn}${row(0)}`, "#REF!");
        put(snapshot, PROJECT_SHEET, `${AT.actualColumn}${row(1)}`, "#DIV/0!", "=1/0");
        put(snapshot, BUDGET_SHEET, "E3", "#N/A");
      }),
    },
    {
      file: "dates.xlsx",
      what: "dates where numbers belong: an actual, a weight and a budget amount typed as dates",
      // A date is no number: each such cell gets its finding, and the row's weight is not 45,291 points.
      expect: {
        readable: true,
        codes: ["ACTUAL_UNPARSEABLE"],
        cells: [
          `${PROJECT_SHEET}!${AT.actualColumn}${row(0)}`,
          `${PROJECT_SHEET}!${AT.weightColumn}${row(1)}`,
          `${BUDGET_SHEET}!E3`,
        ],
        exit: 1,
      },
      make: async () => {
        const workbook = await snapshotToXlsx(base());
        const project = workbook.getWorksheet(PROJECT_SHEET)!;
        const date = new Date(Date.UTC(2023, 11, 31));
        project.getCell(`${AT.actualColumn}${row(0)}`).value = date;
        project.getCell(`${AT.weightColumn}${row(1)}`).value = date;
        workbook.getWorksheet(BUDGET_SHEET)!.getCell("E3").value = date;
        return Buffer.from(await workbook.xlsx.writeBuffer());
      },
    },
    {
      file: "merged-header.xlsx",
      what: "the indicator header merged across with the rows below it, and a merge written bottom-right first",
      // Only 一级指标 stays visible of the header: the fund block is still read, and the lost indicator table is named.
      expect: { readable: true, codes: ["HEADER_UNREADABLE"], cells: [`${PROJECT_SHEET}!A${AT.header}`], exit: 1 },
      make: async () => withMergesInXml(await bytesOf(base()), [`A${AT.header}:H${row(0)}`, `H${row(2)}:G${row(1)}`]),
    },
    {
      file: "two-row-header.xlsx",
      what: "the indicator header over two rows: 指标值 over 年度指标值 and 实际完成值, the other labels merged down",
      // One table, read whole: no COLUMN_MISSING for a half header, no weight missing for a fund block lost to it.
      expect: { readable: true, codes: [], exit: 0 },
      make: edited(twoRowHeader),
    },
    {
      file: "protected-sheet.xlsx",
      what: "the project table on a protected sheet",
      expect: { readable: true, codes: ["SHEET_PROTECTED"], exit: 1 },
      make: edited((snapshot) => {
        sheetOf(snapshot, PROJECT_SHEET).protected = true;
      }),
    },
    {
      file: "protected-state.xlsx",
      what: "the add-in's very-hidden state sheet protected (a macro that protects every sheet)",
      // Nothing can be recorded, so nothing is written: STATE_PROTECTED at the state sheet says why.
      expect: { readable: true, codes: ["STATE_PROTECTED"], cells: [`${STATE_SHEET_NAME}!A1`], exit: 1 },
      make: edited((snapshot) => {
        const written = { [PROJECT_SHEET]: { [`${AT.scoreColumn}${row(0)}`]: 30 } };
        withState(snapshot, { ...EMPTY_STATE, written, createdSheets: ["校验结果", STATE_SHEET_NAME] }, true);
        put(snapshot, PROJECT_SHEET, `${AT.scoreColumn}${row(0)}`, 30);
      }),
    },
    {
      file: "damaged-state.xlsx",
      what: "a state sheet edited by hand: fills saved at e6, XFE1 and G6:G7, one of them in “red”",
      // Restoring those fills would fail the write half-way or damage the file: the state is refused and replaced.
      expect: { readable: true, codes: ["STATE_INVALID"], cells: [`${STATE_SHEET_NAME}!A1`], exit: 0 },
      make: edited((snapshot) => {
        const savedFills = { [PROJECT_SHEET]: { e6: null, XFE1: "#FFC7CE", "G6:G7": "red" } };
        withState(snapshot, { ...EMPTY_STATE, savedFills, createdSheets: [STATE_SHEET_NAME] }, false);
      }),
    },
    {
      file: "person-findings-sheet.xlsx",
      what: "a sheet named 校验结果 that a person made",
      expect: { readable: true, codes: [], exit: 0 },
      make: async () => {
        const workbook = await snapshotToXlsx(base());
        const mine = workbook.addWorksheet("校验结果");
        mine.getCell("A1").value = "科室自己的核对记录，请勿删除";
        mine.getCell("B2").value = { formula: "SUM(1,2)", result: 3 };
        return Buffer.from(await workbook.xlsx.writeBuffer());
      },
    },
    {
      file: "formula-text.xlsx",
      what: "text that looks like formulas (=1+1, +A1, -1, @SUM) in names, targets and reasons",
      // `=1+1` is no target a person wrote: TARGET_UNPARSEABLE at its cell, not the target 1. All of it stays text.
      expect: {
        readable: true,
        codes: ["TARGET_UNPARSEABLE"],
        cells: [`${PROJECT_SHEET}!${AT.targetColumn}${row(1)}`],
        exit: 0,
      },
      make: edited((snapshot) => {
        put(snapshot, PROJECT_SHEET, `${AT.nameColumn}${row(0)}`, "@SUM(A1)");
        put(snapshot, PROJECT_SHEET, `${AT.targetColumn}${row(1)}`, "=1+1");
        put(snapshot, PROJECT_SHEET, `H${row(1)}`, "+A1");
        put(snapshot, PROJECT_SHEET, `H${row(2)}`, '=HYPERLINK("http://example.com","点击")');
        put(snapshot, PROJECT_SHEET, "B1", "-1");
      }),
    },
  ];
}

/** The cases, known before any file is built (jest names its tests from them). */
export const BAD_WORKBOOKS: readonly BadWorkbook[] = recipes().map(({ file, what, expect }) => ({
  file,
  what,
  expect,
}));

/** Writes every case into `dir`, named by its `file`. */
export async function buildBadWorkbooks(dir: string): Promise<void> {
  for (const { file, make } of recipes()) await writeFile(join(dir, file), await make());
}
