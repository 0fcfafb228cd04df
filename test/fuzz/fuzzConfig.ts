import fc from "fast-check";

/**
 * How hard the fuzz tests push. `npm test` runs each property at its base count; `npm run fuzz:long` sets
 * FUZZ_SCALE (100 by default) and a FUZZ_SEED it prints, so that a failure found overnight replays exactly with
 * `FUZZ_SEED=<seed> FUZZ_SCALE=<scale> npx jest test/fuzz`.
 */
const SCALE = Math.max(1, Number(process.env["FUZZ_SCALE"] ?? 1) || 1);
const SEED = process.env["FUZZ_SEED"] === undefined ? undefined : Number(process.env["FUZZ_SEED"]);

/**
 * The most one case may take, in milliseconds. Not a performance check (the benchmark does that): a hang detector.
 * A parser that backtracks catastrophically or a reader that loops on a merge takes seconds or forever on inputs of
 * this size; healthy code takes well under a millisecond per case, so the margin is a thousandfold.
 */
export const CASE_BUDGET_MS = 2_000;

/** fast-check parameters for a property run `baseRuns` times in `npm test`. */
export function fuzzRuns(baseRuns: number): fc.Parameters<unknown> {
  return SEED === undefined ? { numRuns: baseRuns * SCALE } : { numRuns: baseRuns * SCALE, seed: SEED };
}

/** Runs one case and fails it when it overruns CASE_BUDGET_MS: a case that loops shows up as a failed property. */
export function withinBudget<T>(what: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  if (elapsed > CASE_BUDGET_MS) throw new Error(`${what} took ${Math.round(elapsed)} ms (budget ${CASE_BUDGET_MS} ms)`);
  return result;
}
