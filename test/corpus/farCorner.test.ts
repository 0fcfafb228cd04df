import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { farCellWorkbook } from "./buildBadWorkbooks";
import { sha256 } from "./outputChecks";

/**
 * A used range of A1:XFD1048576 — two cells in the file, 17 billion in a dense grid. Run in a child process with a
 * small heap through the real `selfeval` (bin/ → lib/, built by `npm ci`'s prepare or `npm run build:cli`): a reader
 * that fills the range in runs out of memory and takes the whole process down, which inside jest would kill the
 * test runner itself. The file must be refused by name (exit 2) like any other unreadable workbook, not crash.
 */

const ROOT = resolve(__dirname, "../..");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-far-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("selfeval check refuses a workbook whose used range is the whole sheet, by name, without crashing", async () => {
  expect(existsSync(join(ROOT, "lib", "cli", "main.js"))).toBe(true); // else: npm run build:cli
  const file = join(dir, "far-corner.xlsx");
  await writeFile(file, await farCellWorkbook("XFD"));
  const before = await sha256(file);
  const out = join(dir, "out");
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=256", join(ROOT, "bin", "selfeval.js"), "check", file, "--out", out],
    { encoding: "utf8", timeout: 50_000 },
  );
  expect({ status: child.status, signal: child.signal }).toEqual({ status: 2, signal: null });
  expect(child.stdout + child.stderr).toContain(file);
  expect(await sha256(file)).toBe(before);
  expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
});
