import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { formatScore } from "../core/format";
import { mainTable } from "../core/report/buildReport";
import { WorkbookUnreadableError } from "../hosts/xlsx/errors";
import { openXlsxHost } from "../hosts/xlsx/openXlsxHost";
import { buildDocx } from "../report/docx/buildDocx";
import { recalculate } from "../workbook/recalculate";
import { generateReport } from "../workbook/report/generateReport";
import { DEFAULT_OUT_DIR } from "./args";
import type { CliIo } from "./io";
import { MESSAGES } from "./messages";
import { planOutputs } from "./outputPaths";
import { EXIT } from "./runCheck";

/** `selfeval report FILE [--docx OUT] [--out DIR]`. */
export type ReportArgs = {
  readonly file: string;
  /** Where to write the Word copy; none without --docx. */
  readonly docx?: string;
  /** Folder of the filled copy holding the 自评报告 sheet. @default DEFAULT_OUT_DIR */
  readonly out?: string;
};

const TEXT = {
  sheetWritten: (file: string, sheet: string) => `已写入自评报告：${file}（工作表「${sheet}」）`,
  docxWritten: (file: string) => `已写入 Word 文档：${file}`,
  docxOverInput: (file: string) => `Word 文档会覆盖输入文件 ${file}，已停止；请用 --docx 指定其他文件`,
  scored: (total: string, grade: string, errors: number, warnings: number) =>
    `综合评分 ${total}，等级 ${grade}；错误 ${errors} 项，警告 ${warnings} 项`,
  notScored: "尚无综合评分",
};

/**
 * `selfeval report` (SPEC §6): recalculates a copy of the workbook (the input is never written), adds the 自评报告
 * sheet to it, saves it into the output folder and, with --docx, writes the Word copy. Exit code 0; 1 when the
 * workbook has an error finding (the report lists it); 2 when the file cannot be read or a file cannot be written.
 */
export async function runReport(args: ReportArgs, io: CliIo): Promise<number> {
  const text = MESSAGES.zh;
  const copy = planOutputs([args.file], args.out ?? DEFAULT_OUT_DIR).get(args.file) ?? null;
  if (copy === null) return fail(io, text.wouldOverwrite(args.file));
  if (args.docx !== undefined && resolve(args.docx) === resolve(args.file))
    return fail(io, TEXT.docxOverInput(args.file));
  try {
    const host = await openXlsxHost(args.file);
    await recalculate(host);
    const { analysis, plan, narrative } = await generateReport(host);
    await mkdir(dirname(copy), { recursive: true });
    await host.save(copy);
    const sheet = plan.sheets.find((owned) => owned.purpose === "report")?.name ?? "";
    io.out(`${TEXT.sheetWritten(copy, sheet)}\n`);
    if (args.docx !== undefined) {
      await mkdir(dirname(args.docx), { recursive: true });
      await writeFile(args.docx, await buildDocx(narrative));
      io.out(`${TEXT.docxWritten(args.docx)}\n`);
    }
    const main = mainTable(analysis.result);
    const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
    const scored =
      main?.total != null && main.grade !== null
        ? TEXT.scored(formatScore(main.total), main.grade, count("error"), count("warning"))
        : TEXT.notScored;
    io.out(`${scored}\n`);
    return count("error") > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) {
      return fail(io, text.cannotRead(args.file, text.unreadable[error.reason]));
    }
    return fail(io, text.failed(args.file, error instanceof Error ? error.message : String(error)));
  }
}

function fail(io: CliIo, message: string): number {
  io.err(`${message}\n`);
  return EXIT.unreadable;
}
