import fc from "fast-check";
import { roundScore, sumScores } from "../../../src/core/scoring/round";

describe("roundScore", () => {
  it.each<[number, number, number]>([
    // [value, decimals, expected]
    [1.005, 2, 1.01],
    [9.9586, 2, 9.96],
    [8.345, 2, 8.35],
    [10 * 0.99586, 2, 9.96],
    [(10 * 20) / 30, 2, 6.67],
    [2.675, 2, 2.68],
    [1.0049, 2, 1],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [0.5, 0, 1],
    [2.5, 0, 3],
    [1.23456, 4, 1.2346],
    [95.9, 2, 95.9],
    [0, 2, 0],
    [1e-7, 2, 0],
    [123456789.125, 2, 123456789.13],
  ])("%p to %p decimals → %p", (value, decimals, expected) => {
    expect(roundScore(value, decimals)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity, 1e20])("leaves %p as it is", (value) => {
    expect(roundScore(value)).toBe(value);
  });

  it("lands within half a unit of the last decimal and is idempotent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const rounded = roundScore(value, decimals);
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
          expect(roundScore(rounded, decimals)).toBe(rounded);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("sumScores", () => {
  it.each<[string, number[], number]>([
    ["seed 001: 15 + 26.9 + 8 + 25.5 + 15.5 + 5", [15, 26.9, 8, 25.5, 15.5, 5], 95.9],
    ["float drift: 0.1 + 0.2", [0.1, 0.2], 0.3],
    ["each rounded first: 3.335 + 3.335", [3.335, 3.335], 6.68],
    ["project table: 10 × 0.99586 + 50 + 30 + 4.96", [9.9586, 50, 30, 4.96], 94.92],
    ["nothing", [], 0],
  ])("%s", (_title, scores, expected) => {
    expect(sumScores(scores)).toBe(expected);
  });

  it("is exact for any list of 2-decimal scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 50 }), (hundredths) => {
        const expected = hundredths.reduce((a, b) => a + b, 0) / 100;
        expect(sumScores(hundredths.map((h) => h / 100))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
