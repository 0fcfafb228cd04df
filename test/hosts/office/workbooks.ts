import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";

type SheetInput = Partial<SheetSnapshot> & Pick<SheetSnapshot, "name">;

/** A sheet snapshot with defaults: visible, unprotected, at A1, formulas and formats filled in from the values. */
export function sheet(input: SheetInput): SheetSnapshot {
  const values = input.values ?? [];
  return {
    protected: false,
    visibility: "visible",
    origin: { row: 0, col: 0 },
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
    merges: [],
    ...input,
    values,
  };
}

/**
 * A 项目支出绩效自评表-shaped sheet with `rows` indicator rows, starting at B3 (so the used range is offset):
 * a merged title, a header row, indicator rows whose 一级指标 is merged over every `group` rows, and a 总分 row
 * with a formula. The indicators have names (a placeholder such as `指标1` is skipped by the reader) and half of
 * them miss their target, so that a recalculation scores, highlights and lists findings for them.
 */
export function indicatorSheet(name: string, rows: number, group = 10): SheetSnapshot {
  const header = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ];
  const values: (string | number)[][] = [["项目支出绩效自评表", "", "", "", "", "", "", ""], header];
  const formulas: (string | null)[][] = [values[0].map(() => null), header.map(() => null)];
  const merges = ["B3:I3"];
  for (let i = 0; i < rows; i += 1) {
    values.push([
      i % group === 0 ? "产出指标" : "",
      "数量指标",
      `办结率${i + 1}`,
      "≥95%",
      0.9 + (i % 10) / 100,
      5,
      "",
      "",
    ]);
    formulas.push(values[values.length - 1].map(() => null));
    if (i % group === 0 && i + 1 < rows) merges.push(`B${i + 5}:B${Math.min(i + group, rows) + 4}`);
  }
  values.push(["总分", "", "", "", "", 100, 90, ""]);
  formulas.push(["", "", "", "", "", null, `=SUM(H5:H${rows + 4})`, null].map((f) => (f === "" ? null : f)));
  const numberFormats = values.map((row) => row.map((_, c) => (c === 4 ? "0.00%" : "General")));
  return sheet({ name, origin: { row: 2, col: 1 }, values, formulas, numberFormats, merges });
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
