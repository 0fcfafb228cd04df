import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { openXlsxHost } from "../../../src/hosts/xlsx/openXlsxHost";
import { buildSamples, SAMPLES } from "../../../src/cli/samples/buildSamples";
import { recalculate } from "../../../src/workbook/recalculate";
import { cellStates, changedCells } from "./compareCells";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "selfeval-preserve-"));
  await buildSamples(dir);
});

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("recalculating a file through the xlsx host", () => {
  it.each(SAMPLES.map((sample) => sample.file))("changes only the plan's cells of %s", async (file) => {
    const input = join(dir, file);
    const host = await openXlsxHost(input);
    const { plan } = await recalculate(host);
    const output = join(dir, `out-${file}`);
    await host.save(output);

    const planned = new Set([...plan.cells, ...plan.fills].map((ref) => `${ref.sheet}!${ref.cell}`));
    const ownSheets = new Set(plan.sheets.map((sheet) => sheet.name));
    const changed = changedCells(cellStates(await load(input)), cellStates(await load(output)));
    const outside = changed.filter((key) => !planned.has(key) && !ownSheets.has(key.slice(0, key.lastIndexOf("!"))));
    expect(outside).toEqual([]);
    expect(changed.some((key) => planned.has(key))).toBe(plan.cells.length > 0);
  });
});
