import fc from "fast-check";
import { parseActual } from "../../../src/core/actual/parseActual";
import type { Actual, ActualHint } from "../../../src/core/actual/types";
import type { CellInput } from "../../../src/core/location";
import { anyText } from "../target/phrasings";

const KINDS = ["quantity", "tier", "text", "empty", "error"];

const cellInput: fc.Arbitrary<CellInput> = fc.record(
  {
    value: fc.oneof(anyText, fc.double(), fc.boolean(), fc.constant(null)),
    numberFormat: fc.oneof(fc.constantFrom("0%", "0.00%", "yyyy/m/d", '0"件"', "General", "[Red]0.0"), anyText),
  },
  { requiredKeys: ["value"] },
);

const hint: fc.Arbitrary<ActualHint> = fc.record(
  { percentColumn: fc.boolean(), targetUnit: fc.oneof(fc.constantFrom("%", "件", "万元"), anyText, fc.constant(null)) },
  { requiredKeys: [] },
);

function isWellFormed(actual: Actual): boolean {
  if (!KINDS.includes(actual.kind)) return false;
  return actual.kind !== "quantity" || Number.isFinite(actual.value);
}

describe("parseActual on any cell", () => {
  it("never throws and returns a declared kind with a finite quantity", () => {
    fc.assert(
      fc.property(cellInput, hint, (input, h) => {
        expect(isWellFormed(parseActual(input, h))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
