import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main";
import type { CheckJson } from "../../src/cli/toJson";
import { captureIo } from "./captureIo";

describe("selfeval", () => {
  it("prints the Chinese help with --help and with no command", async () => {
    for (const argv of [["--help"], [], ["check", "-h"]]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout()).toContain("用法：");
      expect(io.stdout()).toContain("selfeval check <文件.xlsx|文件夹>…");
    }
  });

  it("prints the version of package.json with --version and -v", async () => {
    const { version } = JSON.parse(await readFile(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    for (const argv of [["--version"], ["-v"], ["check", "a.xlsx", "--version"]]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout()).toBe(`selfeval ${version}\n`);
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it.each([
    [["frobnicate"], "未知命令：frobnicate"],
    [["check"], "请至少指定一个 .xlsx 文件或文件夹"],
    [["check", "a.xlsx", "--fail-on", "sometimes"], "--fail-on 的值「sometimes」无效"],
    [["template", "--out", "x.xlsx"], "缺少 --kind"],
    [["template", "--kind", "annual", "--out", "x.xlsx"], "--kind 的值「annual」无效"],
    [["check", "a.xlsx", "--verbose"], "--verbose"],
  ])("rejects %j with exit 2 and says why", async (argv, message) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stdout()).toBe("");
  });

  it("words usage errors in English with --lang en", async () => {
    const io = captureIo();
    expect(await main(["frobnicate", "--lang", "en"], io)).toBe(2);
    expect(io.stderr()).toContain("Unknown command: frobnicate");
  });

  it("names the file report cannot read, with exit 2", async () => {
    const io = captureIo();
    expect(await main(["report", "no-such-file.xlsx", "--out", join(tmpdir(), "selfeval-none")], io)).toBe(2);
    expect(io.stderr()).toContain("no-such-file.xlsx");
  });

  it("refuses report with no file or with two files", async () => {
    const io = captureIo();
    expect(await main(["report"], io)).toBe(2);
    expect(await main(["report", "a.xlsx", "b.xlsx"], io)).toBe(2);
    expect(io.stderr()).toContain("一次处理一个工作簿");
  });

  it.each([
    ["project", "project"],
    ["department", "department"],
  ] as const)("writes a blank %s workbook that check reads as that table", async (kind, tableKind) => {
    const dir = await mkdtemp(join(tmpdir(), "selfeval-template-"));
    const file = join(dir, `${kind}.xlsx`);
    const io = captureIo();
    expect(await main(["template", "--kind", kind, "--out", file], io)).toBe(0);
    expect(io.stdout()).toContain(file);
    const check = captureIo();
    expect(await main(["check", file, "--out", join(dir, "out"), "--json"], check)).toBe(0);
    const json = JSON.parse(check.stdout()) as CheckJson;
    expect(json.files[0]?.tables.map((table) => table.kind)).toEqual([tableKind]);
    expect(json.files[0]?.tables[0]?.fund?.weight).toBe(10);
  });

  it("writes a blank budget workbook that check reads as a budget table", async () => {
    const dir = await mkdtemp(join(tmpdir(), "selfeval-template-"));
    const file = join(dir, "budget.xlsx");
    expect(await main(["template", "--kind", "budget", "--out", file], captureIo())).toBe(0);
    const check = captureIo();
    await main(["check", file, "--out", join(dir, "out"), "--json"], check);
    const json = JSON.parse(check.stdout()) as CheckJson;
    expect(json.files[0]?.budget?.sheet).toBe("预算收支表");
    expect(json.files[0]?.tables).toEqual([]);
  });
});

describe("selfeval check, output folder", () => {
  it("exits 2 when the output folder cannot be created", async () => {
    const dir = await mkdtemp(join(tmpdir(), "selfeval-out-"));
    const blocker = join(dir, "file");
    await writeFile(blocker, "not a folder");
    const io = captureIo();
    expect(await main(["check", dir, "--out", join(blocker, "out")], io)).toBe(2);
    expect(io.stderr()).toContain("无法创建输出文件夹");
  });
});
