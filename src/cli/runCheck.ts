import { mkdir } from "node:fs/promises";
import type { Severity } from "../core/findings/types";
import type { CheckCommand, FailOn } from "./args";
import { checkFile, type FileOutcome } from "./checkFile";
import { collectInputs } from "./collectInputs";
import type { CliIo } from "./io";
import { LOCALE_OF, type Lang } from "./lang";
import { loadRules } from "./loadRules";
import { MESSAGES } from "./messages";
import { planOutputs } from "./outputPaths";
import { createProgress } from "./progress";
import { formatSummary } from "./summary";
import { failedFileJson, fileJson, type CheckJson } from "./toJson";

/** Exit codes of SPEC §6. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

const FAILING: { readonly [F in FailOn]: ReadonlySet<Severity> } = {
  error: new Set(["error"]),
  warning: new Set(["error", "warning"]),
  never: new Set(),
};

function exitCode(outcomes: readonly FileOutcome[], failOn: FailOn): number {
  if (outcomes.some((outcome) => !("checked" in outcome))) return EXIT.unreadable;
  const failing = FAILING[failOn];
  const found = outcomes.some((o) => "checked" in o && o.checked.findings.some((f) => failing.has(f.severity)));
  return found ? EXIT.findings : EXIT.ok;
}

/** `selfeval check`: every input recalculated into a filled copy, then one line each (or one JSON document). */
export async function runCheck(command: CheckCommand, lang: Lang, io: CliIo): Promise<number> {
  const text = MESSAGES[lang];
  const locale = LOCALE_OF[lang];
  let rules: unknown;
  if (command.rules !== undefined) {
    const loaded = await loadRules(command.rules);
    if (!loaded.ok) {
      io.err(text.usage(text.rulesUnreadable(command.rules, loaded.error)));
      return EXIT.unreadable;
    }
    rules = loaded.value;
  }
  const { files, emptyFolders } = await collectInputs(command.inputs);
  for (const folder of emptyFolders) io.err(`${text.noXlsxInFolder(folder)}\n`);
  const outputs = planOutputs(files, command.out);
  try {
    await mkdir(command.out, { recursive: true });
  } catch (error) {
    io.err(`${text.cannotCreateOut(command.out, error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.unreadable;
  }
  const progress = createProgress(io, files.length);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    progress.start(file);
    const options = rules === undefined ? { locale } : { locale, rules };
    outcomes.push(await checkFile(file, outputs.get(file) ?? null, options, text));
  }
  progress.done();
  if (command.json) {
    const document: CheckJson = {
      files: outcomes.map((o) =>
        "checked" in o ? fileJson(o.file, o.checked, locale) : failedFileJson(o.file, o.error),
      ),
    };
    io.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.out(formatSummary(outcomes, command.out, text));
  }
  return exitCode(outcomes, command.failOn);
}
