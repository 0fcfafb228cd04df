import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { WorkbookUnreadableError } from "../../../src/hosts/xlsx/errors";
import { loadWorkbook, openXlsxHost } from "../../../src/hosts/xlsx/openXlsxHost";
import { fixtureWorkbook } from "./fixtureWorkbook";

let dir: string;
let good: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-host-"));
  good = join(dir, "好.xlsx");
  await (await fixtureWorkbook()).xlsx.writeFile(good);
});

async function failure(path: string): Promise<WorkbookUnreadableError> {
  const error = await openXlsxHost(path).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookUnreadableError))
    throw new Error(`expected WorkbookUnreadableError, got ${String(error)}`);
  return error;
}

describe("openXlsxHost", () => {
  it("reads, highlights and saves a copy, leaving the file itself untouched", async () => {
    const original = await readFile(good);
    const host = await openXlsxHost(good);
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["自评表", "封面", "校验结果", "说明"]);
    expect(await host.readFills([{ sheet: "自评表", cell: "A1" }])).toEqual({ "自评表!A1": "#D9D9D9" });
    const report = await host.apply({
      cells: [{ sheet: "自评表", cell: "F2", value: 20 }],
      fills: [],
      sheets: [],
      removeSheets: [],
    });
    expect(report.cellsWritten).toBe(1);
    const copy = join(dir, "副本.xlsx");
    await host.save(copy);
    expect((await loadWorkbook(copy)).getWorksheet("自评表")?.getCell("F2").value).toBe(20);
    expect(await readFile(good)).toEqual(original);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("rejects a protected-sheet plan through the host as well", async () => {
    const host = await openXlsxHost(good);
    const plan = { cells: [{ sheet: "封面", cell: "A2", value: 1 }], fills: [], sheets: [], removeSheets: [] };
    await expect(host.apply(plan)).rejects.toThrow("封面");
  });

  it("names the file when it is text renamed to .xlsx", async () => {
    const path = join(dir, "文本.xlsx");
    await writeFile(path, "这不是工作簿");
    const error = await failure(path);
    expect(error.reason).toBe("not-xlsx");
    expect(error.message).toContain(path);
  });

  it("names the file when the zip is truncated", async () => {
    const path = join(dir, "截断.xlsx");
    const bytes = await readFile(good);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await failure(path)).reason).toBe("not-xlsx");
  });

  it("tells a missing file and a folder apart from a bad one", async () => {
    expect((await failure(join(dir, "没有.xlsx"))).reason).toBe("missing");
    expect((await failure(dir)).reason).toBe("directory");
  });
});
