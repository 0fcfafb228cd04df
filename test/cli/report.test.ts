import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main";
import { runReport } from "../../src/cli/report";
import { loadWorkbook } from "../../src/hosts/xlsx/openXlsxHost";
import { saveSheets, type NamedSheetContent } from "../../src/hosts/xlsx/saveSheets";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { SEED_WORKBOOKS } from "../workbook/report/fixtures/seedWorkbooks";
import { captureIo } from "./captureIo";

/** A snapshot written to an .xlsx file, as a person's workbook on disk (values, number formats, merges). */
async function saveSnapshot(snapshot: WorkbookSnapshot, path: string): Promise<string> {
  const sheets: NamedSheetContent[] = snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.values.map((row, r) =>
      row.map((value, c) => {
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        const cell = { value: typeof value === "boolean" ? String(value) : value };
        return format === "General" ? cell : { ...cell, numberFormat: format };
      }),
    ),
    columnWidths: [],
    merges: sheet.merges,
  }));
  await saveSheets(sheets, path);
  return path;
}

async function seedFile(seed: string): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), "selfeval-report-"));
  return { dir, file: await saveSnapshot(SEED_WORKBOOKS[seed](), join(dir, `seed${seed}.xlsx`)) };
}

describe("selfeval report", () => {
  it("writes the 自评报告 sheet into a filled copy and the Word file, leaving the input as it was", async () => {
    const { dir, file } = await seedFile("004");
    const before = await readFile(file);
    const io = captureIo();
    const out = join(dir, "out");
    const docx = join(dir, "word", "报告.docx");
    expect(await runReport({ file, out, docx }, io)).toBe(0);
    expect(await readFile(file)).toEqual(before);

    const copy = await loadWorkbook(join(out, basename(file)));
    const sheet = copy.getWorksheet("自评报告");
    expect(sheet?.getCell("A1").value).toBe("深圳市盐田区信访局2023年度部门整体支出绩效自评报告");
    expect(copy.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["部门整体支出绩效自评表", "校验结果", "自评报告"]),
    );
    // The copy is filled too: the fund block's 执行率 and 得分 are written.
    expect(copy.getWorksheet("部门整体支出绩效自评表")?.getCell("H6").value).toBe(9.96);

    expect((await readFile(docx)).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(io.stdout()).toContain(`已写入自评报告：${join(out, basename(file))}（工作表「自评报告」）`);
    expect(io.stdout()).toContain(`已写入 Word 文档：${docx}`);
    expect(io.stdout()).toContain("综合评分 94.92，等级 优；错误 0 项，警告 1 项");
  });

  it("exits 1 when the workbook has an error, still writing the report", async () => {
    const { dir, file } = await seedFile("002");
    const io = captureIo();
    expect(await runReport({ file, out: join(dir, "out") }, io)).toBe(1);
    const copy = await loadWorkbook(join(dir, "out", basename(file)));
    expect(copy.getWorksheet("自评报告")).toBeDefined();
    expect(io.stdout()).toContain("尚无综合评分");
  });

  it("speaks English with --lang en, the copy's 校验结果 included; the report itself stays Chinese", async () => {
    const { dir, file } = await seedFile("004");
    const io = captureIo();
    const out = join(dir, "out");
    expect(await main(["report", file, "--out", out, "--lang", "en"], io)).toBe(0);
    expect(io.stdout()).toContain(`Report written: ${join(out, basename(file))} (sheet "自评报告")`);
    expect(io.stdout()).toContain("Total score 94.92, grade 优; 0 error(s), 1 warning(s)");
    const copy = await loadWorkbook(join(out, basename(file)));
    expect(copy.getWorksheet("校验结果")?.getCell("A1").value).toBe("Severity");
    expect(copy.getWorksheet("自评报告")?.getCell("A1").value).toBe(
      "深圳市盐田区信访局2023年度部门整体支出绩效自评报告",
    );
    const overInput = captureIo();
    expect(await main(["report", file, "--out", out, "--docx", file, "--lang", "en"], overInput)).toBe(2);
    expect(overInput.stderr()).toContain("The Word document would overwrite the input");
  });

  it("exits 2 for a file it cannot read, a copy that would overwrite the input, or a Word file over it", async () => {
    const { dir, file } = await seedFile("004");
    const before = await readFile(file);
    const missing = captureIo();
    expect(await runReport({ file: join(dir, "nope.xlsx") }, missing)).toBe(2);
    expect(missing.stderr()).toContain("无法读取");
    const overwrite = captureIo();
    expect(await runReport({ file, out: dir }, overwrite)).toBe(2);
    expect(overwrite.stderr()).toContain("会覆盖输入文件");
    const docxOverInput = captureIo();
    expect(await runReport({ file, out: join(dir, "out"), docx: file }, docxOverInput)).toBe(2);
    expect(docxOverInput.stderr()).toContain("Word 文档会覆盖输入文件");
    expect(await readFile(file)).toEqual(before);
  });
});
