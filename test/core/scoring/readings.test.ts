import { createReadings } from "../../../src/core/scoring/readings";
import { parseActual } from "../../../src/core/actual/parseActual";
import { parseTarget } from "../../../src/core/target/parseTarget";

describe("createReadings", () => {
  it("reads a target as parseTarget does, once per text and direction", () => {
    const read = createReadings();
    const first = read.target("≥95%", "办结率");
    expect(first).toEqual(parseTarget("≥95%", "办结率"));
    expect(read.target("≥95%", "受理率")).toBe(first);
    // The name decides the direction of a bare number: 故障率 reads 5% as a ceiling.
    expect(read.target("5%", "设备故障率")).toEqual(parseTarget("5%", "设备故障率"));
    expect(read.target("5%", "设备故障率")).not.toEqual(read.target("5%", "设备完好率"));
  });

  it("reads an actual as parseActual does, keeping the hint apart", () => {
    const read = createReadings();
    const percent = { percentColumn: false, targetUnit: "%" };
    const count = { percentColumn: false, targetUnit: "件" };
    expect(read.actual({ value: "0.86" }, percent)).toEqual(parseActual({ value: "0.86" }, percent));
    expect(read.actual({ value: "0.86" }, count)).toEqual(parseActual({ value: "0.86" }, count));
    expect(read.actual({ value: "0.86" }, percent)).not.toEqual(read.actual({ value: "0.86" }, count));
    expect(read.actual({ value: 0.86, numberFormat: "0%" }, count)).toEqual({
      kind: "quantity",
      value: 86,
      unit: "%",
      text: "86%",
    });
  });

  it("starts empty: one workbook's readings never reach another's", () => {
    const a = createReadings();
    const b = createReadings();
    expect(b.target("≥95%", "x")).not.toBe(a.target("≥95%", "x"));
  });
});
