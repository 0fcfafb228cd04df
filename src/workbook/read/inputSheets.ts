/** Sheets the add-in writes itself (校验结果, 自评报告) hold no input. */
const ADDIN_SHEETS: ReadonlySet<string> = new Set(["校验结果", "自评报告"]);
/** The add-in's hidden sheets (the state sheet and any later ones) share this prefix. */
const ADDIN_PREFIX = "_selfeval";

/** Whether a sheet holds input: not one of the add-in's own sheets, nor one a person asked to leave out. */
export function isInputSheet(name: string, ignored: ReadonlySet<string>): boolean {
  return !name.startsWith(ADDIN_PREFIX) && !ADDIN_SHEETS.has(name) && !ignored.has(name);
}
