import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { loadWorkbook } from "../../src/hosts/xlsx/openXlsxHost";
import { readSnapshot } from "../../src/hosts/xlsx/readSnapshot";
import { buildSamples, SAMPLES } from "../../src/cli/samples/buildSamples";

describe("samples", () => {
  it("the committed samples/ read exactly as freshly built ones (run npm run samples after changing them)", async () => {
    const fresh = await mkdtemp(join(tmpdir(), "selfeval-fresh-"));
    await buildSamples(fresh);
    for (const { file } of SAMPLES) {
      const committed = readSnapshot(await loadWorkbook(resolve(__dirname, "../../samples", file)));
      const built = readSnapshot(await loadWorkbook(join(fresh, file)));
      expect([file, committed]).toEqual([file, built]);
    }
  });
});
