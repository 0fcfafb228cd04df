import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main";
import { buildSamples } from "../../src/cli/samples/buildSamples";
import type { CheckJson, FileJson } from "../../src/cli/toJson";
import { cellStates, changedCells } from "../hosts/xlsx/compareCells";
import { captureIo } from "./captureIo";

let samples: string;

beforeAll(async () => {
  samples = await mkdtemp(join(tmpdir(), "selfeval-samples-"));
  await buildSamples(samples);
});

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "selfeval-cli-"));
}

async function runJson(args: readonly string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const io = captureIo();
  const code = await main(["check", ...args, "--json"], io);
  return { code, json: JSON.parse(io.stdout()) as CheckJson, stderr: io.stderr() };
}

const byName = (json: CheckJson, part: string): FileJson => {
  const file = json.files.find((f) => f.file.includes(part));
  if (!file) throw new Error(`no ${part} in ${json.files.map((f) => f.file).join(", ")}`);
  return file;
};

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("selfeval check", () => {
  it("checks the four samples and finds the seeds' figures in the JSON", async () => {
    const out = await tempDir();
    const { code, json } = await runJson([samples, "--out", out]);
    expect(code).toBe(0);
    expect(json.files).toHaveLength(4);
    expect(json.files.every((f) => f.ruleSet === "mof-2020" && f.error === undefined)).toBe(true);

    const project = byName(json, "信访工作经费").tables[0];
    expect(project?.kind).toBe("project");
    expect(project?.fund).toMatchObject({ budget: 797.14, executed: 793.84, rate: 0.9959, weight: 10, score: 9.96 });
    expect(project?.indicators.find((i) => i.name === "办理网上信访件")).toMatchObject({
      status: "missed",
      score: 9.2,
      actual: "2760件",
      target: "不少于3000件",
    });
    expect(project?.indicators.find((i) => i.name === "信访矛盾纠纷化解率")?.status).toBe("exceeded");

    const huadu = byName(json, "花都");
    expect(huadu.tables[0]).toMatchObject({ kind: "department", total: 95.9, grade: "优", maxTotal: 100 });
    expect(huadu.tables[0]?.indicators.find((i) => i.name === "财政拨款收入预决算差异率")).toMatchObject({
      actual: 0.106,
      enteredScore: 4.7,
      score: 4.7,
    });
    expect(huadu.findings.map((f) => f.code)).toContain("REASON_MISSING");

    const yantian = byName(json, "盐田").budget;
    expect(yantian?.sheet).toBe("2023年预算收支表");
    expect(yantian?.ratios.budgetExecutionRate).toBeCloseTo(0.99586, 3);
    expect(yantian?.ratios.procurementExecutionRate).toBeCloseTo(0.99231, 3);

    const city = byName(json, "市信访局");
    expect(city.budget?.ratios.publicFundsControlRate).toBeCloseTo(0.95161, 3);
    expect(city.budget?.ratios.staffControlRate).toBeCloseTo(13 / 14, 3);
    expect(city.tables[0]?.indicators.find((i) => i.name === "在职人员控制率")?.score).toBe(5);

    expect((await readdir(out)).sort()).toEqual((await readdir(samples)).sort());
  });

  it("prints one line per file with tables, total, grade and counts", async () => {
    const io = captureIo();
    const out = await tempDir();
    expect(await main(["check", samples, "--out", out], io)).toBe(0);
    const lines = io.stdout().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^文件\s+表格\s+总分\s+等级\s+错误\s+警告$/);
    expect(lines.find((line) => line.includes("花都"))).toMatch(/\s1\s+95\.90\s+优\s+0\s+5$/);
    expect(lines.find((line) => line.includes("盐田"))).toMatch(/\s0\s+—\s+—\s+0\s+0$/);
    expect(lines.at(-1)).toContain(out);
    expect(io.stderr()).toBe("");
  });

  it("draws a progress bar on a terminal only, on stderr", async () => {
    const io = captureIo({ tty: true });
    await main(["check", samples, "--out", await tempDir()], io);
    expect(io.stderr()).toMatch(/\[#*-*\] 3\/4/);
    expect(io.stdout()).not.toContain("[");
  });

  it("exits 2 naming an unreadable input, and still writes the others", async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const good = join(dir, "好.xlsx");
    await copyFile(join(samples, "花都区信访局-2021-部门整体.xlsx"), good);
    await writeFile(join(dir, "文本.xlsx"), "这是一个改了扩展名的文本文件");
    const bytes = await readFile(good);
    await writeFile(join(dir, "截断.xlsx"), bytes.subarray(0, bytes.length >> 1));
    await writeFile(join(dir, "~$好.xlsx"), "Excel 的锁文件");

    const { code, json } = await runJson([dir, "--out", out]);
    expect(code).toBe(2);
    expect(json.files.map((f) => [f.file.replace(dir, ""), f.error === undefined])).toEqual([
      ["/好.xlsx", true],
      ["/截断.xlsx", false],
      ["/文本.xlsx", false],
    ]);
    expect(byName(json, "文本").error).toContain("文本.xlsx");
    expect(await readdir(out)).toEqual(["好.xlsx"]);

    const io = captureIo();
    expect(await main(["check", dir, "--out", out], io)).toBe(2);
    expect(io.stdout()).toMatch(/✖ 无法读取 .*截断\.xlsx：不是有效的 \.xlsx 工作簿/);
  });

  it("exits 1 on an error finding, 0 with --fail-on never, and 1 on warnings with --fail-on warning", async () => {
    const dir = await tempDir();
    const path = join(dir, "总分写错.xlsx");
    const workbook = await load(join(samples, "花都区信访局-2021-部门整体.xlsx"));
    const sheet = workbook.getWorksheet("部门整体自评表")!;
    let totalRow = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === "总分") totalRow = number;
    });
    sheet.getCell(totalRow, 7).value = 90;
    await workbook.xlsx.writeFile(path);

    const out = await tempDir();
    const { code, json } = await runJson([path, "--out", out]);
    expect(json.files[0]?.findings.find((f) => f.code === "TOTAL_MISMATCH")?.severity).toBe("error");
    expect(json.files[0]?.tables[0]?.enteredTotal).toBe(90);
    expect(code).toBe(1);
    expect((await runJson([path, "--out", out, "--fail-on", "never"])).code).toBe(0);
    const project = join(samples, "项目支出绩效自评表-信访工作经费.xlsx");
    expect((await runJson([project, "--out", out])).code).toBe(0);
    expect((await runJson([project, "--out", out, "--fail-on", "warning"])).code).toBe(1);
  });

  it("never writes onto an input, even when --out is the inputs' own folder", async () => {
    const dir = await tempDir();
    const input = join(dir, "花都.xlsx");
    await copyFile(join(samples, "花都区信访局-2021-部门整体.xlsx"), input);
    const before = await readFile(input);
    const { code, json } = await runJson([input, "--out", dir]);
    expect(code).toBe(2);
    expect(json.files[0]?.error).toContain("覆盖");
    expect(await readFile(input)).toEqual(before);
  });

  it("changes nothing when it checks its own output", async () => {
    const first = await tempDir();
    const second = await tempDir();
    await main(["check", samples, "--out", first], captureIo());
    await main(["check", first, "--out", second], captureIo());
    for (const name of await readdir(first)) {
      const a = cellStates(await load(join(first, name)));
      const b = cellStates(await load(join(second, name)));
      expect([name, changedCells(a, b)]).toEqual([name, []]);
    }
  });

  it("reports an invalid rule set as a finding and an unreadable rules file by name", async () => {
    const out = await tempDir();
    const project = join(samples, "项目支出绩效自评表-信访工作经费.xlsx");
    const { code, json } = await runJson([project, "--out", out, "--rules", "no-such-preset"]);
    expect(json.files[0]?.findings.map((f) => f.code)).toContain("RULE_SET_INVALID");
    expect(code).toBe(1);
    const io = captureIo();
    expect(await main(["check", project, "--out", out, "--rules", join(out, "none.json")], io)).toBe(2);
    expect(io.stderr()).toContain("none.json");
  });

  it("prints English with --lang en", async () => {
    const io = captureIo();
    await main(["check", samples, "--out", await tempDir(), "--lang", "en"], io);
    expect(io.stdout()).toMatch(/^File\s+Tables\s+Total\s+Grade\s+Errors\s+Warnings/);
  });
});
