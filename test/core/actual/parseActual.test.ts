import { parseActual } from "../../../src/core/actual/parseActual";
import type { ActualHint } from "../../../src/core/actual/types";
import type { CellInput } from "../../../src/core/location";

const percentColumn: ActualHint = { percentColumn: true };
const percentTarget: ActualHint = { targetUnit: "%" };

describe("parseActual", () => {
  describe("reads numbers, letting the number format decide", () => {
    it.each<[CellInput, ActualHint, number, string | null]>([
      [{ value: 0.86, numberFormat: "0%" }, {}, 86, "%"],
      [{ value: 0.9959, numberFormat: "0.00%" }, {}, 99.59, "%"],
      [{ value: 0.57, numberFormat: "0%" }, {}, 57, "%"],
      [{ value: 0.86, numberFormat: "0%" }, percentColumn, 86, "%"],
      [{ value: 86.5, numberFormat: '0.0"%"' }, {}, 86.5, "%"],
      [{ value: 2059 }, {}, 2059, null],
      [{ value: 2059, numberFormat: "General" }, {}, 2059, null],
      [{ value: 1391.03, numberFormat: "#,##0.00_ " }, {}, 1391.03, null],
      [{ value: 5, numberFormat: '0"件"' }, {}, 5, "件"],
      [{ value: 96.16, numberFormat: '0.00" 万元"' }, {}, 96.16, "万元"],
      [{ value: 86 }, percentColumn, 86, "%"],
      [{ value: 0.86 }, percentColumn, 0.86, "%"],
      [{ value: 0.86 }, percentTarget, 86, "%"],
      [{ value: 1 }, percentTarget, 100, "%"],
      [{ value: -0.05 }, percentTarget, -5, "%"],
      [{ value: 86 }, percentTarget, 86, null],
      [{ value: 0.86 }, { targetUnit: "件" }, 0.86, null],
      [{ value: 0.86 }, {}, 0.86, null],
    ])("%j with %j → %d %s", (input, hint, value, unit) => {
      expect(parseActual(input, hint)).toMatchObject({ kind: "quantity", value, unit });
    });
  });

  describe("reads numbers written as text", () => {
    it.each<[string, ActualHint, number, string | null]>([
      ["86%", {}, 86, "%"],
      ["９５％", {}, 95, "%"],
      ["99.59 %", {}, 99.59, "%"],
      ["-11.65%", {}, -11.65, "%"],
      ["86", {}, 86, null],
      ["86", percentColumn, 86, "%"],
      ["0.86", percentColumn, 0.86, "%"],
      ["0.86", percentTarget, 86, "%"],
      ["1,391.03", {}, 1391.03, null],
      ["2059件", {}, 2059, "件"],
      ["≥50个", {}, 50, "个"],
      ["1,391.03万元", {}, 1391.03, "万元"],
      ["共4次", {}, 4, "次"],
      ["37人次", {}, 37, "人次"],
      ["1.2万人次", {}, 12000, "人次"],
      ["100%处置，不留隐患", {}, 100, "%"],
      ["已完成2059件", {}, 2059, "件"],
      ["2021年受理2059件", {}, 2059, "件"],
    ])("%s with %j → %d %s", (value, hint, expected, unit) => {
      expect(parseActual({ value }, hint)).toEqual({ kind: "quantity", value: expected, unit, text: value });
    });
  });

  describe("reads words saying nothing happened as 0 (the answer to a zero target)", () => {
    it.each(["零登记", "实现“零进京”", "零进京、零非访、零登记、零事故", "无", "未发生", "均未发生。"])(
      "%s → 0",
      (value) => {
        expect(parseActual({ value })).toEqual({ kind: "quantity", value: 0, unit: null, text: value });
      },
    );
    it.each(["无信访村（社区）创建工作持续推进", "零星发生", "未发生重大事故，但发生一般事故2起"])(
      "%s stays text or a quantity",
      (value) => {
        expect(parseActual({ value })).not.toEqual(expect.objectContaining({ kind: "quantity", value: 0 }));
      },
    );
  });

  describe("reads the qualitative tiers", () => {
    it.each([
      ["达成预期指标", "met"],
      ["达成年度指标", "met"],
      ["达成", "met"],
      ["已完成", "met"],
      ["完成", "met"],
      ["部分达成年度指标并具有一定效果", "partly"],
      ["部分达成", "partly"],
      ["基本达成", "partly"],
      ["基本完成", "partly"],
      ["未达成年度指标且效果较差", "missed"],
      ["未完成", "missed"],
    ])("%s → %s", (value, tier) => {
      expect(parseActual({ value })).toEqual({ kind: "tier", tier, text: value });
    });
  });

  describe("returns error values as errors", () => {
    it.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #n/a "])(
      "%s",
      (value) => {
        expect(parseActual({ value })).toEqual({ kind: "error", text: value.trim() });
      },
    );

    it.each<CellInput>([
      { value: Number.NaN },
      { value: Number.POSITIVE_INFINITY },
      { value: 1e307, numberFormat: "0%" },
    ])("a number that is not finite, or overflows as a percentage: %j", (input) => {
      expect(parseActual(input)).toEqual({ kind: "error", text: "#NUM!" });
    });
  });

  describe("returns nothing entered as empty", () => {
    it.each<CellInput>([{ value: null }, { value: "" }, { value: "   " }, { value: "\n\u3000" }])("%j", (input) => {
      expect(parseActual(input)).toEqual({ kind: "empty" });
    });
  });

  describe("returns dates, booleans and words as text", () => {
    it.each<[CellInput, string]>([
      [{ value: 44561, numberFormat: "yyyy/m/d" }, "44561"],
      [{ value: 44561, numberFormat: "m/d" }, "44561"],
      [{ value: 44561, numberFormat: 'yyyy"年"m"月"d"日"' }, "44561"],
      [{ value: 44561, numberFormat: "[$-804]yyyy年m月" }, "44561"],
      [{ value: 2021, numberFormat: "yyyy" }, "2021"],
      [{ value: 0.5, numberFormat: "h:mm" }, "0.5"],
      [{ value: true }, "TRUE"],
      [{ value: false }, "FALSE"],
      [{ value: "工作有序开展" }, "工作有序开展"],
      [{ value: "受理2059件，办结2000件" }, "受理2059件，办结2000件"],
      [{ value: "2021年12月" }, "2021年12月"],
    ])("%j", (input, text) => {
      expect(parseActual(input)).toEqual({ kind: "text", text });
    });
  });
});
