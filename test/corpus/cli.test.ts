import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main";
import type { CheckJson } from "../../src/cli/toJson";
import { captureIo } from "../cli/captureIo";
import { BAD_WORKBOOKS, buildBadWorkbooks } from "./buildBadWorkbooks";
import { leftovers, loadXlsx, sha256 } from "./outputChecks";

/**
 * The corpus through `selfeval check` (SPEC §6): exit code 2 and the file named for what cannot be read, 1 or 0 by
 * the findings for the rest; the inputs byte-identical; a complete copy of each readable file and nothing else.
 */

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-bad-cli-"));
  await buildBadWorkbooks(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(files: readonly string[], json = false) {
  const out = await mkdtemp(join(tmpdir(), "selfeval-bad-cli-out-"));
  const io = captureIo();
  const before = await Promise.all(files.map(sha256));
  const code = await main(["check", ...files, "--out", out, ...(json ? ["--json"] : [])], io);
  const after = await Promise.all(files.map(sha256));
  return { code, io, out, before, after };
}

describe("selfeval check on each bad workbook alone", () => {
  it.each(BAD_WORKBOOKS.map((bad) => [bad.file, bad] as const))("%s", async (file, bad) => {
    const path = join(dir, file);
    const { code, io, out, before, after } = await check([path]);
    try {
      expect(after).toEqual(before);
      expect(await leftovers(out)).toEqual([]);
      if (bad.expect.readable) {
        expect(code).toBe(bad.expect.exit);
        expect(await readdir(out)).toEqual([file]);
        // The copy is a whole workbook that opens again.
        expect((await loadXlsx(join(out, file))).worksheets.length).toBeGreaterThan(0);
      } else {
        expect(code).toBe(2);
        expect(io.stdout() + io.stderr()).toContain(path);
        expect(await readdir(out)).toEqual([]);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe("selfeval check on the whole corpus at once", () => {
  it("reports every file, exits 2, and still writes the copies of the readable ones", async () => {
    const files = BAD_WORKBOOKS.map((bad) => join(dir, bad.file));
    const { code, io, out, before, after } = await check(files, true);
    try {
      expect(code).toBe(2);
      expect(after).toEqual(before);
      const json = JSON.parse(io.stdout()) as CheckJson;
      expect(json.files.map((f) => f.file)).toEqual(files);
      for (const bad of BAD_WORKBOOKS) {
        const reported = json.files.find((f) => f.file.endsWith(bad.file));
        if (bad.expect.readable) {
          // Which codes each file must get is checked through the file host (fileHost.test.ts).
          expect(reported?.error).toBeUndefined();
          expect(reported?.findings.every((f) => f.sheet !== "" && /^[A-Z]{1,3}[1-9]\d*$/.test(f.cell))).toBe(true);
        } else {
          expect(reported?.error).toContain(bad.file);
        }
      }
      const readable = BAD_WORKBOOKS.filter((bad) => bad.expect.readable).map((bad) => bad.file);
      expect((await readdir(out)).sort()).toEqual(readable.sort());
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
