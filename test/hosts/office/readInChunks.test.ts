import { createOfficeHost } from "../../../src/hosts/office";
import { toA1 } from "../../../src/workbook/address";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { benchSnapshot, MANY_TABLES } from "../../bench/generate";
import { createFakeExcel, type FakeExcel, fakeWorkbookFromSnapshot, snapshotOfFake } from "./fakeExcel";
import { indicatorSheet, sheet, workbook } from "./workbooks";

const FIVE_MB = 5_000_000;

/** A fake Excel on the web holding the snapshot's workbook, and a host told it runs there. */
function onTheWeb(book: WorkbookSnapshot, fills: { [cell: string]: string } = {}) {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(book, fills));
  return { fake, host: createOfficeHost((batch) => fake.run(batch), { platform: "web" }) };
}

/** Compared as JSON: jest's deep equality takes seconds on a few hundred thousand cells. */
const json = (value: unknown): string => JSON.stringify(value);

function withinLimits(fake: FakeExcel): boolean {
  return fake.requests.every(
    (request) => request.error === null && request.bytes <= FIVE_MB && request.responseBytes <= FIVE_MB,
  );
}

describe("readSnapshot on the web", () => {
  it("reads a small many-sheet workbook in 2 syncs, fills included: the corners hold it all", async () => {
    const { fake, host } = onTheWeb(benchSnapshot(MANY_TABLES(1000)), { "项目自评表1!E12": "#FFC7CE" });
    expect(json(await host.readSnapshot())).toBe(json(snapshotOfFake(fake.workbook)));
    expect(fake.syncCount()).toBe(2);
    expect(await host.readFills([{ sheet: "项目自评表1", cell: "E12" }])).toEqual({ "项目自评表1!E12": "#FFC7CE" });
    expect(fake.syncCount()).toBe(2);
  });

  it("packs 11 sheets of 11.6 MB into 4 syncs of at most 5 MB, none refused, fills included", async () => {
    // Sheet by sheet this took a sync per sheet at least. Here: the sheets, the sizes with every sheet's top left
    // corner (3.3 MB), then the rest of all sheets in 2 chunks.
    const { fake, host } = onTheWeb(benchSnapshot(MANY_TABLES(10_000)), { "项目自评表7!G1600": "#FFEB9C" });
    expect(json(await host.readSnapshot())).toBe(json(snapshotOfFake(fake.workbook)));
    expect(fake.syncCount()).toBe(4);
    expect(withinLimits(fake)).toBe(true);
    const read = fake.requests.reduce((sum, request) => sum + request.responseBytes, 0);
    expect(read).toBeGreaterThan(11_000_000);
    expect(await host.readFills([{ sheet: "项目自评表7", cell: "G1600" }])).toEqual({ "项目自评表7!G1600": "#FFEB9C" });
    expect(fake.syncCount()).toBe(4);
  });

  it("reads sheets wider than the corner, starting below it, blank or hidden, as the fake holds them", async () => {
    const wide = Array.from({ length: 300 }, (_, r) => Array.from({ length: 24 }, (_, c) => `${r}:${c}`));
    const book = workbook(
      ...Array.from({ length: 30 }, (_, i) => indicatorSheet(`表${i + 1}`, 200)),
      sheet({ name: "宽表", values: wide }),
      sheet({
        name: "下方",
        origin: { row: 40_000, col: 3 },
        values: [
          ["远处的值", 1],
          ["", 2],
        ],
      }),
      sheet({ name: "空表" }),
      sheet({ name: "隐藏", visibility: "hidden", values: [["x"]] }),
    );
    const { fake, host } = onTheWeb(book, { [`宽表!${toA1(299, 23)}`]: "#FFC7CE", "下方!E40002": "#FFEB9C" });
    expect(json(await host.readSnapshot())).toBe(json(snapshotOfFake(fake.workbook)));
    expect(withinLimits(fake)).toBe(true);
    const syncs = fake.syncCount();
    const fills = await host.readFills([
      { sheet: "宽表", cell: toA1(299, 23) },
      { sheet: "下方", cell: "E40002" },
    ]);
    expect(fills).toEqual({ [`宽表!${toA1(299, 23)}`]: "#FFC7CE", "下方!E40002": "#FFEB9C" });
    expect(fake.syncCount()).toBe(syncs);
  });

  it("learns the sizes alone when a corner holds more merged areas than Excel lists, with the same result", async () => {
    // 一级指标 merged over every 2 rows: 1,000 merged areas in the corner of this one sheet.
    const { fake, host } = onTheWeb(workbook(indicatorSheet("表1", 4000, 2)));
    expect(json(await host.readSnapshot())).toBe(json(snapshotOfFake(fake.workbook)));
    const errors = fake.requests.map((request) => request.error);
    expect(errors[1]).toBe("GeneralException");
    expect(errors.filter((error) => error !== null)).toHaveLength(1);
  });
});
