import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { themeColors } from "../../../src/hosts/xlsx/colors";
import { loadWorkbook, openXlsxHost, saveWorkbook } from "../../../src/hosts/xlsx/openXlsxHost";
import { readFills } from "../../../src/hosts/xlsx/readFills";
import { clearMarks, recalculate } from "../../../src/workbook/recalculate";
import { HIGHLIGHT } from "../../../src/workbook/write/colors";
import { snapshotToXlsx } from "../../corpus/snapshotToXlsx";
import { projectSheet } from "../../workbook/write/projectSheet";
import { roundTrip } from "./roundTrip";

/** The 实际完成值 of the row of `projectSheet` that misses its target. */
const MISSED_ACTUAL = "F6";

/** The tints Excel writes for its palette's "Lighter 80%" … "Darker 50%" columns. */
const LIGHTER_80 = 0.79998168889431442;
const LIGHTER_60 = 0.59999389629810485;
const LIGHTER_50 = 0.499984740745262;
const LIGHTER_40 = 0.39997558519241921;
const DARKER_10 = -9.9978637043366805e-2;
const DARKER_15 = -0.14999847407452621;
const DARKER_25 = -0.249977111117893;
const DARKER_50 = -0.499984740745262;

/** A colour as styles.xml gives it; ExcelJS reads and writes `tint` and `indexed` although its types omit them. */
type StyleColor = { theme?: number; tint?: number; indexed?: number; argb?: string };

function solid(color: StyleColor): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: color };
}

/** Each fill in a cell of its own, down column A of one sheet. */
function workbookWith(fills: readonly ExcelJS.Fill[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表1");
  fills.forEach((fill, i) => (sheet.getCell(i + 1, 1).fill = fill));
  return workbook;
}

/** The colours `readFills` reports for column A, top down. */
function columnA(workbook: ExcelJS.Workbook, rows: number): (string | null)[] {
  const cells = Array.from({ length: rows }, (_, i) => ({ sheet: "表1", cell: `A${i + 1}` }));
  return Object.values(readFills(workbook, cells));
}

/** ExcelJS keeps a workbook's theme parts, and writes them back, as XML text by part name. */
type WithThemes = { _themes?: { [part: string]: string } };

let excelJsTheme = "";

/** ExcelJS's theme with another colour scheme: what Excel writes for a workbook with that theme. */
function withScheme(scheme: string): { [part: string]: string } {
  const xml = excelJsTheme.replace(
    /<a:clrScheme [^>]*>[\s\S]*<\/a:clrScheme>/,
    `<a:clrScheme name="x">${scheme}</a:clrScheme>`,
  );
  if (xml === excelJsTheme) throw new Error("ExcelJS's theme has no a:clrScheme to replace");
  return { theme1: xml };
}

/** Saves a workbook with that theme in place of ExcelJS's and loads it back. */
async function savedWithTheme(workbook: ExcelJS.Workbook, scheme: string): Promise<ExcelJS.Workbook> {
  (workbook as unknown as WithThemes)._themes = withScheme(scheme);
  return roundTrip(workbook);
}

const srgb = (slot: string, rgb: string): string => `<a:${slot}><a:srgbClr val="${rgb}"/></a:${slot}>`;
const sys = (slot: string, name: string, last: string): string =>
  `<a:${slot}><a:sysClr val="${name}" lastClr="${last}"/></a:${slot}>`;

/** Office 2013–2022's theme, the one Excel gives a new workbook. */
const OFFICE_2013 = [
  sys("dk1", "windowText", "000000"),
  sys("lt1", "window", "FFFFFF"),
  srgb("dk2", "44546A"),
  srgb("lt2", "E7E6E6"),
  srgb("accent1", "4472C4"),
  srgb("accent2", "ED7D31"),
  srgb("accent3", "A5A5A5"),
  srgb("accent4", "FFC000"),
  srgb("accent5", "5B9BD5"),
  srgb("accent6", "70AD47"),
  srgb("hlink", "0563C1"),
  srgb("folHlink", "954F72"),
].join("");

beforeAll(async () => {
  const saved = (await roundTrip(workbookWith([]))) as unknown as WithThemes;
  excelJsTheme = saved._themes?.theme1 ?? "";
});

describe("the fill colour of a cell", () => {
  it("resolves the theme ExcelJS writes, in Excel's numbering, the same before the workbook is saved as after", async () => {
    const fills = Array.from({ length: 12 }, (_, theme) => solid({ theme }));
    const workbook = workbookWith(fills);
    const expected = [
      ...["#FFFFFF", "#000000", "#EEECE1", "#1F497D"],
      ...["#4F81BD", "#C0504D", "#9BBB59", "#8064A2", "#4BACC6", "#F79646"],
      ...["#0000FF", "#800080"],
    ];
    expect(columnA(workbook, 12)).toEqual(expected);
    const saved = await roundTrip(workbook);
    expect((saved as unknown as WithThemes)._themes?.theme1).toContain('<a:sysClr val="windowText" lastClr="000000"/>');
    expect(columnA(saved, 12)).toEqual(expected);
  });

  it("tints theme colours as Excel's palette shows them (Office 2013–2022 theme)", async () => {
    const cases: [theme: number, tint: number | undefined, shown: string][] = [
      [4, undefined, "#4472C4"],
      [4, LIGHTER_80, "#D9E1F2"],
      [4, LIGHTER_60, "#B4C6E7"],
      [4, LIGHTER_40, "#8EA9DB"],
      [4, DARKER_50, "#203764"],
      [5, DARKER_25, "#C65911"],
      [9, LIGHTER_60, "#C6E0B4"],
      [3, LIGHTER_80, "#D6DCE4"],
      [2, DARKER_10, "#D0CECE"],
      // Greys by hand, on Windows' 0–240 lightness scale. White is 240: ⌊240 × (1 − 0.14999…)⌋ = 204, and
      // 204 × 255 / 240 = 216.75, rounded to 217 = D9.
      [0, DARKER_15, "#D9D9D9"],
      // Black is 0: 0 + 240 − ⌊240 × (1 − 0.49998…)⌋ = 240 − 120 = 120; 120 × 255 / 240 = 127.5, rounded to 128.
      [1, LIGHTER_50, "#808080"],
    ];
    const workbook = workbookWith(
      cases.map(([theme, tint]) => solid(tint === undefined ? { theme } : { theme, tint })),
    );
    const saved = await savedWithTheme(workbook, OFFICE_2013);
    expect(columnA(saved, cases.length)).toEqual(cases.map(([, , shown]) => shown));
  });

  it("reads every colour of a custom theme from the file, light before dark, system colours as last saved", async () => {
    const scheme = [
      sys("dk1", "windowText", "1A1A1A"),
      sys("lt1", "window", "F5F5F0"),
      srgb("dk2", "202020"),
      srgb("lt2", "E0E0E0"),
      ...["112233", "223344", "334455", "445566", "556677", "667788"].map((rgb, i) => srgb(`accent${i + 1}`, rgb)),
      srgb("hlink", "778899"),
      srgb("folHlink", "8899AA"),
    ].join("");
    const saved = await savedWithTheme(
      workbookWith(Array.from({ length: 12 }, (_, theme) => solid({ theme }))),
      scheme,
    );
    expect(columnA(saved, 12)).toEqual([
      ...["#F5F5F0", "#1A1A1A", "#E0E0E0", "#202020"],
      ...["#112233", "#223344", "#334455", "#445566", "#556677", "#667788"],
      ...["#778899", "#8899AA"],
    ]);
  });

  it("resolves legacy indexed colours and leaves what names no known colour without one", async () => {
    const fills: ExcelJS.Fill[] = [
      solid({ indexed: 10 }),
      solid({ indexed: 13 }),
      solid({ indexed: 22 }),
      // 64 is the system's foreground colour, which only the computer showing the file knows.
      solid({ indexed: 64 }),
      solid({ theme: 12 }),
      { type: "pattern", pattern: "darkGray", fgColor: { argb: "FFFF0000" } },
      { type: "pattern", pattern: "solid", fgColor: { argb: "ff00b050" } },
    ];
    const saved = await roundTrip(workbookWith(fills));
    expect(columnA(saved, fills.length)).toEqual(["#FF0000", "#FFFF00", "#C0C0C0", null, null, null, "#00B050"]);
  });

  it("reads a workbook's theme once, not once per cell", async () => {
    const saved = await savedWithTheme(workbookWith([]), OFFICE_2013);
    expect(themeColors(saved)).toBe(themeColors(saved));
    expect(themeColors(saved)[4]).toBe("4472C4");
  });
});

describe("a theme-coloured fill under a highlight", () => {
  let folder = "";
  beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), "selfeval-fills-"))));
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** The small project table of the write tests, the 实际完成值 of its missed row (F6) filled in a theme colour. */
  async function projectTable(fill: ExcelJS.Fill): Promise<ExcelJS.Workbook> {
    const workbook = await snapshotToXlsx({ sheets: [projectSheet()] });
    workbook.getWorksheet("项目表")!.getCell(MISSED_ACTUAL).fill = fill;
    return workbook;
  }

  it("gets its colour back from 清除标记 in a later session, after the highlight was saved", async () => {
    const input = join(folder, "原表.xlsx");
    await saveWorkbook(await projectTable(solid({ theme: 4, tint: LIGHTER_60 })), input);

    const first = await openXlsxHost(input);
    const original = await first.readFills([{ sheet: "项目表", cell: MISSED_ACTUAL }]);
    expect(original).toEqual({ [`项目表!${MISSED_ACTUAL}`]: "#B8CCE4" });
    await recalculate(first);
    const highlighted = join(folder, "已标注.xlsx");
    await first.save(highlighted);
    const marked = await loadWorkbook(highlighted);
    expect(readFills(marked, [{ sheet: "项目表", cell: MISSED_ACTUAL }])).toEqual({
      [`项目表!${MISSED_ACTUAL}`]: HIGHLIGHT.missed,
    });

    // A new session: the fill object the first one replaced is gone, only the state sheet's colour is left.
    const second = await openXlsxHost(highlighted);
    await clearMarks(second);
    const cleared = join(folder, "已清除.xlsx");
    await second.save(cleared);
    const restored = (await loadWorkbook(cleared)).getWorksheet("项目表")!.getCell(MISSED_ACTUAL);
    expect(restored.fill).toEqual(solid({ argb: "FFB8CCE4" }));
    expect(readFills(await loadWorkbook(cleared), [{ sheet: "项目表", cell: MISSED_ACTUAL }])).toEqual(original);
  });
});
