import { saveSheets } from "../hosts/xlsx/saveSheets";
import { blankTemplate } from "../workbook/template/blankTemplate";
import type { TemplateCommand } from "./args";
import type { CliIo } from "./io";
import type { Messages } from "./messages";

/** `selfeval template --kind K --out FILE`: a blank standard workbook. */
export async function runTemplate(command: TemplateCommand, text: Messages, io: CliIo): Promise<number> {
  await saveSheets(blankTemplate(command.kind), command.out);
  io.out(`${text.templateWritten(command.out)}\n`);
  return 0;
}
