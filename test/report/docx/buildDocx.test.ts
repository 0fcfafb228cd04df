import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { buildDocx } from "../../../src/report/docx/buildDocx";
import { analyseWorkbook } from "../../../src/workbook/analyse";
import { reportOf } from "../../../src/workbook/report/planReport";
import { onPath } from "../../support/onPath";
import { SEED_WORKBOOKS } from "../../workbook/report/fixtures/seedWorkbooks";

const run = promisify(execFile);
const RESULTS = resolve(__dirname, "../../../test-results");

const report = reportOf(analyseWorkbook(SEED_WORKBOOKS["004"]()));
let bytes: Uint8Array;
let documentXml: string;
let stylesXml: string;

beforeAll(async () => {
  bytes = await buildDocx(report);
  const zip = await JSZip.loadAsync(bytes);
  documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
});

describe("buildDocx", () => {
  it("writes a .docx package holding the whole report", () => {
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    for (const text of [report.title, "一、部门基本情况", "四、上年度问题整改情况", "综合评分为"]) {
      expect(documentXml).toContain(text);
    }
  });

  it("sets A4 with the official margins, 仿宋 三号 text with a two-character indent, 黑体 and 楷体 headings", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:left="1588"/);
    expect(stylesXml).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/s);
    expect(stylesXml).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
    expect(stylesXml).toMatch(/w:styleId="Heading2".*?w:eastAsia="楷体_GB2312"/s);
    expect(documentXml).toContain('<w:ind w:firstLine="640"/>');
  });

  it("highlights placeholders yellow and leaves figures plain", () => {
    expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【请填写：填报人】/);
    const figureRun = /<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">94\.92分<\/w:t>/.exec(documentXml);
    expect(figureRun).not.toBeNull();
    expect(figureRun?.[1] ?? "").not.toContain("highlight");
  });

  it("writes the score table as a Word table: header, one row per 一级指标, 合计", () => {
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(documentXml)?.[0] ?? "";
    expect(table.match(/<w:tr>/g)).toHaveLength(6);
    for (const cell of ["一级指标", "得分率", "产出指标", "49.28", "98.56%", "合计", "100.00", "94.92"]) {
      expect(table).toContain(`>${cell}<`);
    }
  });
});

const tools = onPath("soffice") && onPath("pdftoppm") && onPath("pdftotext") && onPath("pdfinfo");
const convert = tools || process.env.CI ? it : it.skip;
if (!tools && !process.env.CI) {
  console.warn("buildDocx: soffice or poppler-utils missing (and CI not set): the .docx → PDF → PNG check is skipped.");
}

describe("the Word copy opened by LibreOffice", () => {
  convert(
    "converts to PDF and renders page 1 to test-results/report-page1.png",
    async () => {
      const work = await mkdtemp(join(tmpdir(), "selfeval-docx-"));
      await mkdir(RESULTS, { recursive: true });
      const docx = join(RESULTS, "report.docx");
      await writeFile(docx, bytes);
      // A profile of its own, so that a LibreOffice already running (or a parallel test) does not swallow the call.
      const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
      await run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", RESULTS, docx], {
        timeout: 50000,
      });
      const pdf = join(RESULTS, "report.pdf");
      const { stdout: info } = await run("pdfinfo", [pdf]);
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
      const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
      // Justified lines and wrapped titles come out with spaces and breaks inside words: compare without them.
      const words = text.replace(/\s+/g, "");
      for (const expected of [report.title, "综合评分为94.92分", "预算执行率99.59%", "【请填写："]) {
        expect(words).toContain(expected);
      }
      await run("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        join(RESULTS, "report-page1"),
      ]);
      const png = join(RESULTS, "report-page1.png");
      // A blank A4 page at 60 dpi compresses to a few hundred bytes; a page of text is kilobytes.
      expect(statSync(png).size).toBeGreaterThan(4000);
    },
    60000,
  );
});
