import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { workbookBytes } from "../../../src/hosts/xlsx/workbookBytes";
import { shareEmptyStyles } from "../../../src/hosts/xlsx/shareEmptyStyles";

async function saved(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(new Uint8Array(await workbookBytes(workbook)).buffer);
  return loaded;
}

describe("shareEmptyStyles", () => {
  it("gives the unstyled cells of every sheet one style object and leaves styled cells theirs", () => {
    const workbook = new ExcelJS.Workbook();
    const a = workbook.addWorksheet("甲");
    const b = workbook.addWorksheet("乙");
    a.getCell("A1").value = 1;
    a.getCell("B2").value = "文本";
    b.getCell("C3").value = 2;
    a.getCell("A2").value = 3;
    a.getCell("A2").numFmt = "0.00";
    const styled = a.getCell("A2").style;
    shareEmptyStyles(workbook);
    expect(a.getCell("A1").style).toBe(a.getCell("B2").style);
    expect(a.getCell("A1").style).toBe(b.getCell("C3").style);
    expect(a.getCell("A2").style).toBe(styled);
  });

  it("leaves an unformatted date its own style, so the number after it is saved without a date format", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("日期");
    sheet.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
    sheet.getCell("A2").value = 5;
    const loaded = (await saved(workbook)).getWorksheet("日期");
    expect(loaded?.getCell("A1").value).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(loaded?.getCell("A2").value).toBe(5);
    expect(loaded?.getCell("A2").numFmt).toBeUndefined();
  });
});
