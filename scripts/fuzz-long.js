#!/usr/bin/env node
// The long fuzz run: `npm run fuzz:long [-- SEED [SCALE]]`. Runs the properties of test/fuzz/ SCALE times (default
// 100) as often as `npm test` does, from one seed, printed first so that a failure replays exactly:
//   FUZZ_SEED=<seed> FUZZ_SCALE=<scale> npx jest test/fuzz
"use strict";

const { spawnSync } = require("child_process");
const { join } = require("path");

const root = join(__dirname, "..");
const seed = Number(process.argv[2] ?? Math.floor(Math.random() * 0x7fffffff));
const scale = Number(process.argv[3] ?? process.env.FUZZ_SCALE ?? 100);
if (!Number.isInteger(seed) || !(scale >= 1)) {
  console.error("usage: npm run fuzz:long -- [SEED] [SCALE]");
  process.exit(2);
}

const replay = `FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npx jest test/fuzz`;
console.log(`fuzz: seed ${seed}, scale ${scale}×  (replay: ${replay})`);
const jest = spawnSync(
  process.execPath,
  // A run of this size takes minutes per property: no per-test timeout; the per-case budget still applies.
  [require.resolve("jest/bin/jest"), "test/fuzz", "--testTimeout=86400000"],
  { cwd: root, stdio: "inherit", env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_SCALE: String(scale) } },
);
console.log(`\nfuzz: seed ${seed}, scale ${scale}× — ${jest.status === 0 ? "passed" : `FAILED (replay: ${replay})`}`);
process.exit(jest.status ?? 1);
