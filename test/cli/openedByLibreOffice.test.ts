import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main";
import type { CheckJson } from "../../src/cli/toJson";
import { zipEntries } from "../../src/hosts/xlsx/zip";
import { writeSnapshotXlsx } from "../corpus/snapshotToXlsx";
import { indicatorSheet, workbook } from "../hosts/office/workbooks";
import { parseCsv } from "../support/csv";
import { onPath } from "../support/onPath";
import { captureIo } from "./captureIo";

const run = promisify(execFile);

/** CSV of every sheet (the last field, -1), UTF-8, values as stored rather than as shown. */
const CSV_OF_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const convert = onPath("soffice") || process.env.CI ? it : it.skip;
if (!onPath("soffice") && !process.env.CI) {
  console.warn("openedByLibreOffice: soffice missing (and CI not set): the LibreOffice Calc check is skipped.");
}

/** LibreOffice converting a workbook, with a profile of its own so that no other LibreOffice swallows the call. */
async function soffice(work: string, target: string, file: string): Promise<void> {
  const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
  await run("soffice", [profile, "--headless", "--convert-to", target, "--outdir", work, file], { timeout: 50000 });
}

/**
 * The file host writes the zip itself: sheets it lays out as XML, deflated in pieces joined into one stream. Excel is
 * not here to open the copy, so LibreOffice Calc, another implementation than the ExcelJS the other tests read with,
 * has to read the same findings, scores and links out of it.
 */
describe("selfeval check's copy opened by LibreOffice Calc", () => {
  convert(
    "holds every finding in order, every score, and a working link per finding",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "selfeval-calc-"));
      const input = join(work, "项目表.xlsx");
      await writeSnapshotXlsx(workbook(indicatorSheet("项目表", 8000)), input);
      const io = captureIo();
      const args = ["check", input, "--out", join(work, "out"), "--json", "--fail-on", "never"];
      expect(await main(args, io)).toBe(0);
      const [checked] = (JSON.parse(io.stdout()) as CheckJson).files;
      if (!checked) throw new Error("no file in the JSON");
      const copy = join(work, "out", "项目表.xlsx");

      // The 校验结果 sheet is over 2 MB of XML: it was deflated in three pieces or more.
      const sheets = zipEntries(await readFile(copy)).filter((entry) => entry.name.startsWith("xl/worksheets/sheet"));
      expect(Math.max(...sheets.map((entry) => entry.size))).toBeGreaterThan(2 << 20);

      await soffice(work, CSV_OF_EVERY_SHEET, copy);
      const [header, ...rows] = parseCsv(await readFile(join(work, "项目表-校验结果.csv"), "utf8"));
      expect(header).toEqual(["级别", "工作表", "单元格", "代码", "说明", "建议"]);
      expect(checked.findings.length).toBeGreaterThan(4000);
      expect(rows.map((row) => `${row[2]} ${row[3]} ${row[4]}`)).toEqual(
        checked.findings.map((f) => `${f.cell} ${f.code} ${f.message}`),
      );

      const table = parseCsv(await readFile(join(work, "项目表-项目表.csv"), "utf8"));
      const [result] = checked.tables;
      expect(result?.indicators).toHaveLength(8000);
      for (const indicator of result?.indicators ?? []) {
        const row = Number(/\d+$/.exec(indicator.cell)?.[0]);
        // 得分 is column H (index 7): the 三级指标 name is in column D.
        expect(Number(table[row - 1]?.[7])).toBe(indicator.score);
      }

      await soffice(work, "fods", copy);
      const flat = await readFile(join(work, "项目表.fods"), "utf8");
      const links = flat.match(/<text:a [^>]*xlink:href="#项目表\.[A-Z]+\d+"/g) ?? [];
      expect(links).toHaveLength(checked.findings.filter((f) => f.sheet === "项目表").length);
    },
    120000,
  );
});
