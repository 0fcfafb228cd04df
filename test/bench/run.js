#!/usr/bin/env node
// `npm run bench`: compiles the benchmark (test/bench/*.ts and the sources it runs) with tsc into
// node_modules/.cache/selfeval-bench, then runs it. Arguments pass through, e.g. `npm run bench -- --sizes 1000,10000`.
"use strict";

const { spawnSync } = require("child_process");
const { join } = require("path");

const root = join(__dirname, "..", "..");
const out = join(root, "node_modules", ".cache", "selfeval-bench");
const tsc = spawnSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", join(__dirname, "tsconfig.json")],
  {
    cwd: root,
    stdio: "inherit",
  },
);
// Type errors (a helper's work in progress) are reported but do not stop the run: tsc still emits the JavaScript.
if (tsc.status !== 0) console.warn(`tsc reported errors (exit ${tsc.status}); running what it emitted`);
// --expose-gc: the benchmark collects its own garbage before it times child processes (see main.ts).
const bench = spawnSync(
  process.execPath,
  ["--expose-gc", join(out, "test", "bench", "main.js"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(bench.status ?? 1);
