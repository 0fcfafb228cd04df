import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Excel's lock files (`~$name.xlsx`) sit next to an open workbook and are no workbooks. */
const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/** The workbooks to check, and the folders that held none (reported: the user probably meant another). */
export type Inputs = { readonly files: readonly string[]; readonly emptyFolders: readonly string[] };

/**
 * The workbooks named on the command line: files as given (whatever their extension: a person asked for them), and
 * the .xlsx files directly inside each folder, sorted by name. Duplicates are dropped; a path that does not exist is
 * kept so that it is reported as unreadable by name.
 */
export async function collectInputs(paths: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b, "zh-CN"));
    if (names.length === 0) emptyFolders.push(path);
    files.push(...names.map((name) => join(path, name)));
  }
  return { files: [...new Set(files)], emptyFolders };
}
