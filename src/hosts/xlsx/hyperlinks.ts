/**
 * Worksheet links as Excel writes them. A link to a place in the workbook is `<hyperlink ref="C2" location="'表'!H16"
 * display="H16"/>`, with no `r:id` and no relationship (ECMA-376 Part 1, §18.3.1.47); only a link out of the workbook
 * (a URL, a file) has a relationship. ExcelJS writes an in-workbook link as a relationship to "#'表'!H16" marked
 * External, and with `location` too, which Excel and LibreOffice join into a link to "…#'表'!H16##'表'!H16" that
 * goes nowhere (exceljs/exceljs#3027).
 */

/**
 * The elements CT_Worksheet puts after `<hyperlinks>`, in the XML ExcelJS writes: the links go before the first of
 * them, or at the end of the worksheet.
 */
const AFTER_HYPERLINKS =
  /<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|ignoredErrors|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|tableParts|extLst)[\s/>]|<\/worksheet>/g;

/** Where a `<hyperlinks>` element goes in a worksheet's XML that has none, searched from `from` (sheetData's end). */
export function hyperlinksPlace(xml: string, from: number): number {
  AFTER_HYPERLINKS.lastIndex = from;
  const next = AFTER_HYPERLINKS.exec(xml);
  if (!next) throw new Error("the worksheet's XML has no end");
  return next.index;
}
