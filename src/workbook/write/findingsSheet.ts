import { renderFinding, SEVERITY_LABELS, type Locale } from "../../core/findings/render";
import type { Finding } from "../../core/findings/types";
import type { CellRef } from "../../core/location";
import { fromA1 } from "../address";
import type { OwnedSheet, SheetCell } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { HEADER_FILL, SEVERITY_FILL } from "./colors";
import { ownedSheetName } from "./ownedSheets";
import { findSheet } from "./snapshotLookup";

/** The name of the sheet listing the findings. */
export const FINDINGS_SHEET_NAME = "校验结果";

const HEADERS: { readonly [L in Locale]: readonly string[] } = {
  "zh-CN": ["级别", "工作表", "单元格", "代码", "说明", "建议"],
  "en-US": ["Severity", "Sheet", "Cell", "Code", "Message", "Suggestion"],
};

const NOTHING_FOUND: { readonly [L in Locale]: string } = { "zh-CN": "未发现问题", "en-US": "No problems found" };

/** Widths of 级别 | 工作表 | 单元格 | 代码 | 说明 | 建议, in characters. */
const COLUMN_WIDTHS = [8, 18, 10, 28, 60, 48];

/** The name to write the findings under: 校验结果, or `校验结果 (2)`, … while a person's 校验结果 is in the way. */
export function findingsSheetName(snapshot: WorkbookSnapshot, createdSheets: readonly string[]): string {
  return ownedSheetName(FINDINGS_SHEET_NAME, snapshot, createdSheets);
}

/**
 * The 校验结果 sheet: a header, then one row per finding in the order given — 级别 (coloured by severity), 工作表,
 * 单元格 (a link to the cell when the sheet can be shown), 代码, 说明, 建议. Every value is a plain string the host
 * writes as text, so workbook text such as `=HYPERLINK(…)` in a message stays text.
 */
export function findingsSheet(
  name: string,
  findings: readonly Finding[],
  snapshot: WorkbookSnapshot,
  locale: Locale = "zh-CN",
): OwnedSheet {
  const header: SheetCell[] = HEADERS[locale].map((value) => ({ value, bold: true, fill: HEADER_FILL }));
  const rows =
    findings.length === 0 ? [[{ value: NOTHING_FOUND[locale] }]] : findings.map((f) => findingRow(f, snapshot, locale));
  return {
    name,
    purpose: "findings",
    visibility: "visible",
    rows: [header, ...rows],
    columnWidths: COLUMN_WIDTHS,
    freezeRows: 1,
  };
}

function findingRow(f: Finding, snapshot: WorkbookSnapshot, locale: Locale): SheetCell[] {
  const { message, suggestion } = renderFinding(f, locale);
  const at: CellRef = { sheet: f.sheet, cell: f.cell };
  return [
    { value: SEVERITY_LABELS[locale][f.severity], fill: SEVERITY_FILL[f.severity] },
    { value: f.sheet },
    isLinkable(at, snapshot) ? { value: f.cell, link: at } : { value: f.cell },
    { value: f.code },
    { value: message, wrap: true },
    { value: suggestion, wrap: true },
  ];
}

/** A link can only jump to a cell address on a sheet a person can see. */
function isLinkable(at: CellRef, snapshot: WorkbookSnapshot): boolean {
  return fromA1(at.cell) !== null && findSheet(snapshot, at.sheet)?.visibility === "visible";
}
