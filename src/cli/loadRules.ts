import { readFile } from "node:fs/promises";
import { fail, ok, type Result } from "../core/result";

/**
 * `--rules`: a preset id (`mof-2020`) is passed on as it is, a `.json` file is read and parsed; the engine
 * validates either and reports an invalid rule set as a finding. Only a file that cannot be read or parsed stops
 * the command, with the file and the reason.
 */
export async function loadRules(value: string): Promise<Result<unknown, string>> {
  if (!/\.json$/i.test(value)) return ok(value);
  try {
    return ok(JSON.parse(await readFile(value, "utf8")) as unknown);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
