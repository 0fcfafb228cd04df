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
import { LOCALE_OF, type Lang } from "./lang";
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

/**
 * `selfeval report` (SPEC §6): recalculates a copy of the workbook (the input is never written), adds the 自评报告
 * sheet to it, saves it into the output folder and, with --docx, writes the Word copy. Exit code 0; 1 when the
 * workbook has an error finding (the report lists it); 2 when the file cannot be read or a file cannot be written.
 * What it prints and the copy's 校验结果 follow `lang`; the report itself is Chinese, as the official format is.
 */
export async function runReport(args: ReportArgs, io: CliIo, lang: Lang = "zh"): Promise<number> {
  const text = MESSAGES[lang];
  const copy = planOutputs([args.file], args.out ?? DEFAULT_OUT_DIR).get(args.file) ?? null;
  if (copy === null) return fail(io, text.wouldOverwrite(args.file));
  if (args.docx !== undefined && resolve(args.docx) === resolve(args.file))
    return fail(io, text.docxOverInput(args.file));
  try {
    const host = await openXlsxHost(args.file);
    await recalculate(host, { locale: LOCALE_OF[lang] });
    const { analysis, plan, narrative } = await generateReport(host);
    await mkdir(dirname(copy), { recursive: true });
    await host.save(copy);
    const sheet = plan.sheets.find((owned) => owned.purpose === "report")?.name ?? "";
    io.out(`${text.reportWritten(copy, sheet)}\n`);
    if (args.docx !== undefined) {
      await mkdir(dirname(args.docx), { recursive: true });
      await writeFile(args.docx, await buildDocx(narrative));
      io.out(`${text.docxWritten(args.docx)}\n`);
    }
    const main = mainTable(analysis.result);
    const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
    const scored =
      main?.total != null && main.grade !== null
        ? text.reportScored(formatScore(main.total), main.grade, count("error"), count("warning"))
        : text.reportNotScored;
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
