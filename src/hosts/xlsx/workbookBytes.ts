import type ExcelJS from "exceljs";
import { deflateZip, startDeflating, storedParts, type PartBytes } from "./zip";
import { linksAsExcelWrites } from "./hyperlinks";
import { shareEmptyStyles } from "./shareEmptyStyles";
import { sharedStrings } from "./sharedStrings";
import { layOutSheet } from "./sheetXml";
import { builtSheet, type BuiltSheet } from "./writeSheetContent";

/** Where ExcelJS writes a worksheet, its relationships and the shared strings (as its XLSX writer names them). */
const sheetPart = (worksheet: ExcelJS.Worksheet): string => `xl/worksheets/sheet${worksheet.id}.xml`;
const relationshipsPart = (worksheet: ExcelJS.Worksheet): string => `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels`;
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

function partBytes(parts: ReadonlyMap<string, Buffer>, name: string): Buffer {
  const part = parts.get(name);
  if (!part) throw new Error(`ExcelJS wrote no part ${name}`);
  return part;
}

/**
 * The workbook as .xlsx bytes. ExcelJS lays out the workbook with its parts stored uncompressed; the sheets the host
 * built whole are then laid out from their content into the frames ExcelJS wrote (sheetXml.ts), their text added to
 * the shared strings, the other sheets get their links to places in the workbook in Excel's form (hyperlinks.ts), and
 * every part is deflated natively (zip.ts). The part names and the frames' XML are those of ExcelJS 4; should a later
 * ExcelJS write them otherwise, the save stops with an error (and the tests fail) rather than guess.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  shareEmptyStyles(workbook);
  // Declared as ExcelJS's own ArrayBuffer-like `Buffer`; in Node it is Node's.
  const written: unknown = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const stored = Buffer.isBuffer(written) ? written : Buffer.from(written as ArrayBuffer);
  const parts = storedParts(stored);
  const replacements = new Map<string, PartBytes | null>();
  const built: { worksheet: ExcelJS.Worksheet; sheet: BuiltSheet }[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = builtSheet(worksheet);
    if (sheet) {
      built.push({ worksheet, sheet });
      continue;
    }
    const links = linksAsExcelWrites(
      worksheet,
      partBytes(parts, sheetPart(worksheet)),
      parts.get(relationshipsPart(worksheet)),
    );
    if (!links) continue;
    replacements.set(sheetPart(worksheet), links.sheet);
    if (links.relationships !== undefined) replacements.set(relationshipsPart(worksheet), links.relationships);
  }
  if (built.length > 0) {
    // What stays as ExcelJS wrote it is compressed on the thread pool while the built sheets are laid out here.
    const laidOut = new Set(built.map(({ worksheet }) => sheetPart(worksheet)));
    startDeflating(stored, (name) => !replacements.has(name) && !laidOut.has(name) && name !== SHARED_STRINGS_PART);
    // A frame holds its sheet's first text, so ExcelJS wrote the shared strings whenever a sheet has text to add.
    const strings = sharedStrings(parts.get(SHARED_STRINGS_PART)?.toString("utf8"));
    for (const { worksheet, sheet } of built) {
      const frame = partBytes(parts, sheetPart(worksheet)).toString("utf8");
      replacements.set(sheetPart(worksheet), layOutSheet(frame, sheet, strings));
    }
    if (strings.added()) replacements.set(SHARED_STRINGS_PART, strings.part());
  }
  return deflateZip(stored, replacements);
}
