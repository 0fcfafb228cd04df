import { renderFinding, SEVERITY_LABELS, type Locale } from "../../core/findings/render";
import type { Finding, Severity } from "../../core/findings/types";
import { remembered } from "../../core/memo";
import { cellIndex } from "../address";
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
  const rows: SheetCell[][] = [header];
  if (findings.length === 0) rows.push([{ value: NOTHING_FOUND[locale] }]);
  const cells = sharedCells(snapshot, locale);
  for (const f of findings) rows.push(findingRow(f, cells, locale));
  return {
    name,
    purpose: "findings",
    visibility: "visible",
    rows,
    columnWidths: COLUMN_WIDTHS,
    freezeRows: 1,
  };
}

/**
 * The cells many rows hold alike (a severity, a sheet's name, a code), made once and shared: cells are immutable
 * data, and a 100,000-row 校验结果 sheet would otherwise hold 300,000 copies of them.
 */
type SharedCells = {
  readonly severity: (severity: Severity) => SheetCell;
  readonly text: (value: string) => SheetCell;
  readonly linkable: (sheet: string) => boolean;
};

function sharedCells(snapshot: WorkbookSnapshot, locale: Locale): SharedCells {
  const severities = new Map<Severity, SheetCell>();
  const texts = new Map<string, SheetCell>();
  const visible = new Map<string, boolean>();
  return {
    severity: (severity) =>
      remembered(severities, severity, () => ({
        value: SEVERITY_LABELS[locale][severity],
        fill: SEVERITY_FILL[severity],
      })),
    text: (value) => remembered(texts, value, () => ({ value })),
    // A link can only jump to a sheet a person can see.
    linkable: (sheet) => remembered(visible, sheet, () => findSheet(snapshot, sheet)?.visibility === "visible"),
  };
}

function findingRow(f: Finding, cells: SharedCells, locale: Locale): SheetCell[] {
  const { message, suggestion } = renderFinding(f, locale);
  const linkable = cellIndex(f.cell) >= 0 && cells.linkable(f.sheet);
  return [
    cells.severity(f.severity),
    cells.text(f.sheet),
    linkable ? { value: f.cell, link: { sheet: f.sheet, cell: f.cell } } : { value: f.cell },
    cells.text(f.code),
    { value: message, wrap: true },
    { value: suggestion, wrap: true },
  ];
}
