import ExcelJS from "exceljs";
import { roundTrip } from "./roundTrip";

const border: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * A small hand-made-looking workbook, loaded back from bytes so that cells share style objects as they do after
 * reading a real file: a score table with borders, fonts, fills, number formats, formulas and merges; a protected
 * sheet; an add-in findings sheet between two sheets; a hidden note sheet.
 */
export async function fixtureWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const table = workbook.addWorksheet("自评表");
  const rows: (string | number | null)[][] = [
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "办结率", "≥95%", 0.963, 20, null, null],
    [null, "案件数", "≥2000件", "2100件", 20, null, null],
    [null, "故障率", "<20%", "15%", 10, 9, null],
  ];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = table.getCell(r + 1, c + 1);
      cell.value = value;
      cell.border = border;
      cell.font = { name: "宋体", size: 11, bold: r === 0 };
      if (r === 0) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    }),
  );
  table.getCell("D2").numFmt = "0.00%";
  table.mergeCells("A2:A4");
  table.getCell("E5").value = { formula: "SUM(E2:E4)", result: 50 };
  table.getCell("F5").value = { formula: "SUM(F2:F4)", result: 9 };
  table.getCell("G4").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 5 } };
  table.getColumn(2).width = 24;
  const locked = workbook.addWorksheet("封面");
  locked.getCell("A1").value = "封面（受保护）";
  await locked.protect("", {});
  const findings = workbook.addWorksheet("校验结果");
  findings.getCell("A1").value = "旧的校验结果";
  const notes = workbook.addWorksheet("说明", { state: "hidden" });
  notes.getCell("A1").value = "=开头的说明";
  return roundTrip(workbook);
}
