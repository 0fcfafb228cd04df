#!/usr/bin/env node
// The command line on the sample workbooks: `npm run demo`. Builds the CLI into lib/ when it is not there yet, then
// runs `selfeval check samples --out selfeval-out` and prints its summary and the exit code.
"use strict";

const { existsSync } = require("fs");
const { join } = require("path");
const { spawnSync } = require("child_process");

const root = join(__dirname, "..");
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });

if (!existsSync(join(root, "lib", "cli", "main.js"))) {
  const build = run("npm", ["run", "build:cli"]);
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log("selfeval check samples --out selfeval-out\n");
const check = run(process.execPath, [join(root, "bin", "selfeval.js"), "check", "samples", "--out", "selfeval-out"]);
console.log(`\n退出码 ${check.status}（0 无错误，1 有错误级别的问题，2 有文件无法读取）`);
process.exit(check.status ?? 1);
