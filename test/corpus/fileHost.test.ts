import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openXlsxHost, WorkbookUnreadableError } from "../../src/hosts/xlsx";
import { recalculate } from "../../src/workbook";
import { NO_WRITES } from "../../src/workbook/plan";
import { planProblems } from "../fuzz/invariants";
import { PROJECT_SHEET } from "./baseWorkbook";
import { BAD_WORKBOOKS, buildBadWorkbooks } from "./buildBadWorkbooks";
import { formulasOf, loadXlsx, overlongTexts, sha256, sheetValues } from "./outputChecks";

/** The corpus through the file host: `openXlsxHost` → `recalculate` → `save`, as `selfeval check` drives it. */

let dir: string;
let out: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-bad-"));
  out = await mkdtemp(join(tmpdir(), "selfeval-bad-out-"));
  await buildBadWorkbooks(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

const unreadable = BAD_WORKBOOKS.filter((bad) => !bad.expect.readable).map((bad) => [bad.file, bad] as const);
const hostile = BAD_WORKBOOKS.flatMap((bad) => (bad.expect.readable ? [[bad.file, bad.expect] as const] : []));
const pathOf = (file: string): string => join(dir, file);

describe("the file host on files that are not workbooks", () => {
  it.each(unreadable)("%s is refused by name and left as it was", async (file) => {
    const before = await sha256(pathOf(file));
    const opened = openXlsxHost(pathOf(file));
    await expect(opened).rejects.toBeInstanceOf(WorkbookUnreadableError);
    await expect(opened).rejects.toThrow(pathOf(file));
    expect(await sha256(pathOf(file))).toBe(before);
  });
});

describe("the file host on hostile workbooks", () => {
  it.each(hostile)("%s: read, reported, planned safely, saved complete, input untouched", async (file, expected) => {
    const before = await sha256(pathOf(file));
    const input = await loadXlsx(pathOf(file));

    const host = await openXlsxHost(pathOf(file));
    const { analysis, plan } = await recalculate(host);
    const codes = new Set(analysis.findings.map((f) => f.code));
    const cells = new Set(analysis.findings.map((f) => `${f.sheet}!${f.cell}`));
    expect(expected.codes.filter((code) => !codes.has(code))).toEqual([]);
    expect((expected.cells ?? []).filter((cell) => !cells.has(cell))).toEqual([]);
    expect(planProblems(plan, analysis)).toEqual([]);
    // A score is at most its weight, and no weight is over 100: a 45,291 came from a date read as a number.
    expect(plan.cells.filter((write) => typeof write.value === "number" && write.value > 100)).toEqual([]);

    const copy = join(out, file);
    await host.save(copy);
    const output = await loadXlsx(copy);
    // Nothing a person wrote becomes a formula, and no formula a person wrote is lost or changed.
    const added = [...formulasOf(output)].filter(([at, formula]) => formulasOf(input).get(at) !== formula);
    expect(added).toEqual([]);
    expect([...formulasOf(input).keys()].filter((at) => !formulasOf(output).has(at))).toEqual([]);
    expect(overlongTexts(output)).toEqual([]);
    expect(await sha256(pathOf(file))).toBe(before);
  });

  it("writes nothing into a protected sheet", async () => {
    const host = await openXlsxHost(pathOf("protected-sheet.xlsx"));
    await recalculate(host);
    await host.save(join(out, "protected-copy.xlsx"));
    const output = await loadXlsx(join(out, "protected-copy.xlsx"));
    expect(sheetValues(output, PROJECT_SHEET)).toEqual(
      sheetValues(await loadXlsx(pathOf("protected-sheet.xlsx")), PROJECT_SHEET),
    );
  });

  it("writes nothing, no sheet either, while the add-in's state sheet is protected", async () => {
    const file = pathOf("protected-state.xlsx");
    const host = await openXlsxHost(file);
    await expect(recalculate(host)).resolves.toMatchObject({ plan: NO_WRITES });
    await host.save(join(out, "protected-state-copy.xlsx"));
    const [input, output] = await Promise.all([loadXlsx(file), loadXlsx(join(out, "protected-state-copy.xlsx"))]);
    const names = (workbook: typeof input): string[] => workbook.worksheets.map((sheet) => sheet.name);
    expect(names(output)).toEqual(names(input));
    for (const name of names(input)) expect(sheetValues(output, name)).toEqual(sheetValues(input, name));
  });

  it("leaves a person's 校验结果 sheet exactly as it was and reports elsewhere", async () => {
    const host = await openXlsxHost(pathOf("person-findings-sheet.xlsx"));
    const { plan } = await recalculate(host);
    await host.save(join(out, "person-copy.xlsx"));
    const output = await loadXlsx(join(out, "person-copy.xlsx"));
    expect(sheetValues(output, "校验结果")).toEqual(
      sheetValues(await loadXlsx(pathOf("person-findings-sheet.xlsx")), "校验结果"),
    );
    const findingsSheet = plan.sheets.find((sheet) => sheet.purpose === "findings");
    expect(findingsSheet?.name).not.toBe("校验结果");
    expect(output.getWorksheet(findingsSheet?.name ?? "")).toBeDefined();
  });
});
