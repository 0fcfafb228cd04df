import { parseCommandLine } from "./args";
import { processIo, type CliIo } from "./io";
import { MESSAGES } from "./messages";
import { EXIT, runCheck } from "./runCheck";
import { runTemplate } from "./runTemplate";
import { packageVersion } from "./version";

/**
 * `selfeval` (SPEC §6): parses the command line, runs the command, returns the exit code. Nothing here exits the
 * process, so tests call it in-process with their own streams.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { lang, command } = parseCommandLine(argv);
  const text = MESSAGES[lang];
  switch (command.name) {
    case "help":
      io.out(text.help);
      return EXIT.ok;
    case "version":
      io.out(`selfeval ${packageVersion()}\n`);
      return EXIT.ok;
    case "usage":
      io.err(text.usage(command.problem));
      return EXIT.unreadable;
    case "check":
      return runCheck(command, lang, io);
    case "template":
      return runTemplate(command, text, io);
    case "report": {
      // The report brings the Word writer (docx) and the narrative: loaded for this command only, not at start-up.
      const { runReport } = await import("./report");
      return runReport(command, io, lang);
    }
  }
}
