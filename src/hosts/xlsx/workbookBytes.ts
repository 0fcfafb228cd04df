import type ExcelJS from "exceljs";
import { deflateZip, storedPart } from "./deflateZip";
import { shareEmptyStyles } from "./shareEmptyStyles";
import { layOutSheet } from "./sheetXml";
import { builtContent } from "./writeSheetContent";

/** Where ExcelJS writes a worksheet and its relationships (by the sheet's id, as its XLSX writer names them). */
const sheetPart = (worksheet: ExcelJS.Worksheet): string => `xl/worksheets/sheet${worksheet.id}.xml`;
const relationshipsPart = (worksheet: ExcelJS.Worksheet): string => `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels`;

/**
 * The workbook as .xlsx bytes. ExcelJS lays out the workbook with its parts stored uncompressed; the sheets the host
 * built whole are then laid out from their content into the frames ExcelJS wrote (sheetXml.ts), and every part is
 * deflated natively (deflateZip.ts).
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  shareEmptyStyles(workbook);
  // Declared as ExcelJS's own ArrayBuffer-like `Buffer`; in Node it is Node's.
  const written: unknown = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const stored = Buffer.isBuffer(written) ? written : Buffer.from(written as ArrayBuffer);
  const parts = new Map<string, Buffer>();
  for (const worksheet of workbook.worksheets) {
    const content = builtContent(worksheet);
    if (!content) continue;
    const frame = storedPart(stored, sheetPart(worksheet)).toString("utf8");
    const { sheet, relationships } = layOutSheet(frame, content);
    parts.set(sheetPart(worksheet), Buffer.from(sheet, "utf8"));
    if (relationships !== null) parts.set(relationshipsPart(worksheet), Buffer.from(relationships, "utf8"));
  }
  return deflateZip(stored, parts);
}
