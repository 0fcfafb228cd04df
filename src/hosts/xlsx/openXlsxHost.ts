import { readFile, rename, writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CellRef } from "../../core/location";
import type { WorkbookHost } from "../../workbook/host";
import type { ApplyReport, WritePlan } from "../../workbook/plan";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { applyPlan } from "./applyPlan";
import { Workbook } from "./exceljs";
import { SheetTooLargeError, WorkbookUnreadableError, type UnreadableReason } from "./errors";
import { readFills } from "./readFills";
import { readSnapshot } from "./readSnapshot";
import { workbookBytes } from "./workbookBytes";
import { keepLocationLinks } from "./hyperlinks";
import { inflateZip, storedParts } from "./zip";

/** The file host: the three batch operations of every host, plus saving the workbook to a file. */
export type XlsxHost = WorkbookHost & { save(outPath: string): Promise<void> };

const FS_REASONS: { readonly [code: string]: UnreadableReason } = {
  ENOENT: "missing",
  EACCES: "denied",
  EPERM: "denied",
  EISDIR: "directory",
};

function fsReason(error: unknown): UnreadableReason {
  // Structural, not instanceof: errors from Node's fs may come from another realm (as under jest).
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return FS_REASONS[code] ?? "not-xlsx";
}

/** Loads an .xlsx file; a missing, unreadable or non-xlsx file is a WorkbookUnreadableError naming it. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookUnreadableError(path, fsReason(error), { cause: error });
  }
  // ExcelJS then only parses (see zip.ts); a zip this cannot read is left to ExcelJS whole, which reads or reports it.
  const zip = await inflateZip(bytes).catch(() => bytes);
  const workbook = new Workbook();
  try {
    // ExcelJS declares `load` over ArrayBuffer (its own `Buffer` type); JSZip reads either.
    await workbook.xlsx.load(new Uint8Array(zip).buffer);
  } catch (error) {
    throw new WorkbookUnreadableError(path, "not-xlsx", { cause: error });
  }
  // A zip that is not a workbook (a .docx renamed) loads without complaint but has no sheet.
  if (workbook.worksheets.length === 0) throw new WorkbookUnreadableError(path, "not-xlsx");
  keepLocationLinks(workbook, storedParts(zip));
  return workbook;
}

/** Writes the workbook next to its destination first, then moves it there: a failed write leaves no half file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, outPath: string): Promise<void> {
  const data = await workbookBytes(workbook);
  const temporary = `${outPath}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, outPath);
}

/** The snapshot; a sheet too large to read makes the file unreadable, reported by its name. */
function readSnapshotOf(path: string, workbook: ExcelJS.Workbook): WorkbookSnapshot {
  try {
    return readSnapshot(workbook);
  } catch (error) {
    if (error instanceof SheetTooLargeError) throw new WorkbookUnreadableError(path, "too-large", { cause: error });
    throw error;
  }
}

/** Opens an .xlsx file as a WorkbookHost. The file itself is never written; `save` writes wherever it is told. */
export async function openXlsxHost(path: string): Promise<XlsxHost> {
  const workbook = await loadWorkbook(path);
  return {
    readSnapshot: () => Promise.resolve().then(() => readSnapshotOf(path, workbook)),
    readFills: (cells: readonly CellRef[]) => Promise.resolve(readFills(workbook, cells)),
    apply: (plan: WritePlan): Promise<ApplyReport> => Promise.resolve().then(() => applyPlan(workbook, plan)),
    save: (outPath: string) => saveWorkbook(workbook, outPath),
  };
}
