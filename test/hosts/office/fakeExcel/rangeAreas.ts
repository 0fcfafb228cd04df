import { qualifiedA1 } from "./address";
import { FakeRangeFormat } from "./format";
import { Loaded, loadNames, unsupported } from "./loaded";
import type { FakeRect, FakeSheet } from "./model";
import { type FakeSession, jsonBytes } from "./session";
import { Resolver, type Target } from "./target";

type AreasData = { address: string; areaCount: number; isNullObject: boolean };

/**
 * `Excel.RangeAreas`: from `Worksheet.getRanges` (formats) or `Range.getMergedAreasOrNullObject` (reads).
 * `rectsOf` returns null for a null object.
 */
export class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  private readonly loaded = new Loaded<AreasData>("RangeAreas");
  private readonly target: Resolver<Target | null>;

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    sheetOf: () => FakeSheet,
    rectsOf: (sheet: FakeSheet) => FakeRect[] | null,
  ) {
    session.countRangeProxy();
    this.target = new Resolver(() => {
      const sheet = sheetOf();
      const rects = rectsOf(sheet);
      return rects ? { sheet, rects } : null;
    });
    this.format = new FakeRangeFormat(session, `${path}.format`, () => this.existing());
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }

  get address(): string {
    return this.loaded.get("address");
  }

  get areaCount(): number {
    return this.loaded.get("areaCount");
  }

  load(properties: string | readonly string[]): this {
    const names = loadNames(properties);
    for (const name of names)
      if (name !== "address" && name !== "areaCount") throw unsupported(`RangeAreas.load("${name}")`);
    this.session.queue(this.path, "load", names, () => {
      const target = this.target.get();
      const data: Partial<AreasData> = { isNullObject: target === null };
      if (target && names.includes("address")) {
        data.address = target.rects.map((rect) => qualifiedA1(target.sheet.name, rect)).join(", ");
      }
      if (target && names.includes("areaCount")) data.areaCount = target.rects.length;
      return { bytes: jsonBytes(data), deliver: () => this.loaded.deliver(data) };
    });
    return this;
  }

  private existing(): Target {
    const target = this.target.get();
    if (!target) throw unsupported("writing through a null RangeAreas");
    return target;
  }
}
