#!/usr/bin/env node
"use strict";
// The command line is compiled to lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main.js")) {
    process.stderr.write("selfeval 尚未编译：请先运行 npm run build:cli\n");
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
