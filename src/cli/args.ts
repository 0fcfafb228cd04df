import { parseArgs } from "node:util";
import type { TemplateKind } from "../workbook/template/types";
import { isLang, type Lang } from "./lang";
import { MESSAGES } from "./messages";

/** The lowest severity that makes `check` exit with 1. */
export type FailOn = "error" | "warning" | "never";

export type CheckCommand = {
  readonly name: "check";
  readonly inputs: readonly string[];
  readonly out: string;
  /** A preset id, or the path of a rules.json file. */
  readonly rules?: string;
  readonly json: boolean;
  readonly failOn: FailOn;
};
export type TemplateCommand = { readonly name: "template"; readonly kind: TemplateKind; readonly out: string };
export type ReportCommand = {
  readonly name: "report";
  readonly file: string;
  readonly out: string;
  /** Where to write the Word copy; none without --docx. */
  readonly docx?: string;
};
export type HelpCommand = { readonly name: "help" };
export type VersionCommand = { readonly name: "version" };
export type UsageError = { readonly name: "usage"; readonly problem: string };

/** A command line taken apart, with the language it asked for. */
export type ParsedArgs = {
  readonly lang: Lang;
  readonly command: CheckCommand | TemplateCommand | ReportCommand | HelpCommand | VersionCommand | UsageError;
};

export const DEFAULT_OUT_DIR = "selfeval-out";
const FAIL_ON: readonly FailOn[] = ["error", "warning", "never"];
const KINDS: readonly TemplateKind[] = ["project", "department", "budget"];
const LANGS: readonly Lang[] = ["zh", "en"];

const OPTIONS = {
  out: { type: "string" },
  rules: { type: "string" },
  json: { type: "boolean" },
  "fail-on": { type: "string" },
  lang: { type: "string" },
  kind: { type: "string" },
  docx: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const parse = (argv: readonly string[]) =>
  parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The language asked for, read before the rest so that even a usage error is printed in it. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = at < 0 ? "zh" : (argv[at]?.split("=")[1] ?? argv[at + 1] ?? "zh");
  return isLang(value) ? value : "zh";
}

/** Parses `selfeval <command> …` (SPEC §6). Never throws: a bad command line is a `usage` command. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const text = MESSAGES[lang];
  const usage = (problem: string): ParsedArgs => ({ lang, command: { name: "usage", problem } });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage(text.badArguments(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) return usage(text.badChoice("--lang", values.lang, LANGS));
  const [name, ...rest] = positionals;
  if (values.version) return { lang, command: { name: "version" } };
  if (values.help || name === undefined || name === "help") return { lang, command: { name: "help" } };
  switch (name) {
    case "check": {
      const failOn = values["fail-on"] ?? "error";
      if (!oneOf(FAIL_ON, failOn)) return usage(text.badChoice("--fail-on", failOn, FAIL_ON));
      if (rest.length === 0) return usage(text.missingInputs);
      const command: CheckCommand = {
        name: "check",
        inputs: rest,
        out: values.out ?? DEFAULT_OUT_DIR,
        json: values.json === true,
        failOn,
        ...(values.rules !== undefined ? { rules: values.rules } : {}),
      };
      return { lang, command };
    }
    case "template": {
      const kind = values.kind;
      if (kind === undefined) return usage(text.missingOption("--kind"));
      if (!oneOf(KINDS, kind)) return usage(text.badChoice("--kind", kind, KINDS));
      if (values.out === undefined) return usage(text.missingOption("--out"));
      return { lang, command: { name: "template", kind, out: values.out } };
    }
    case "report": {
      const [file, ...extra] = rest;
      if (file === undefined) return usage(text.missingInputs);
      if (extra.length > 0) return usage(text.oneReportFile);
      const command: ReportCommand = {
        name: "report",
        file,
        out: values.out ?? DEFAULT_OUT_DIR,
        ...(values.docx !== undefined ? { docx: values.docx } : {}),
      };
      return { lang, command };
    }
    default:
      return usage(text.unknownCommand(name));
  }
}
