import { inGrid, intersects, qualifiedA1, rectA1 } from "./address";
import { FakeErrorCode, FakeOfficeError, notLoaded } from "./fakeError";
import { FakeRangeFormat } from "./format";
import { Loaded, loadNames, unsupported } from "./loaded";
import { editCell, type FakeHyperlink, type FakeRect, type FakeSheet } from "./model";
import { FakeRangeAreas } from "./rangeAreas";
import {
  cellProperties,
  type CellPropertiesOptions,
  type FakeCellProperties,
  type Grid,
  LOADABLE,
  type RangeData,
  readRange,
  rows,
} from "./rangeData";
import { type FakeSession, jsonBytes } from "./session";
import { assertUnprotected, Resolver } from "./target";
import { enterValue } from "./typedInput";

/** `getMergedAreasOrNullObject` fails over more merged areas than this (API reference). */
const MAX_MERGED_AREAS = 512;

/** `OfficeExtension.ClientResult`: its value is there once the request has been synced. */
export class FakeClientResult<T> {
  private result: { readonly value: T } | null = null;

  get value(): T {
    if (!this.result) throw notLoaded("ClientResult.value");
    return this.result.value;
  }

  deliver(value: T): void {
    this.result = { value };
  }
}

/** `Excel.Range` over one rectangle; `rectOf` returns null for a null object (an empty used range). */
export class FakeRange {
  readonly format: FakeRangeFormat;
  private readonly loaded = new Loaded<RangeData>("Range");
  private readonly target: Resolver<{ sheet: FakeSheet; rect: FakeRect } | null>;

  constructor(
    private readonly session: FakeSession,
    readonly path: string,
    private readonly sheetOf: () => FakeSheet,
    rectOf: (sheet: FakeSheet) => FakeRect | null,
  ) {
    session.countRangeProxy();
    this.target = new Resolver(() => {
      const sheet = sheetOf();
      const rect = rectOf(sheet);
      return rect ? { sheet, rect } : null;
    });
    this.format = new FakeRangeFormat(session, `${path}.format`, () => {
      const { sheet, rect } = this.existing();
      return { sheet, rects: [rect] };
    });
  }

  get isNullObject(): boolean {
    if (!this.target.done) throw notLoaded("Range.isNullObject");
    return this.target.get() === null;
  }

  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): Grid {
    return this.loaded.get("values");
  }
  get formulas(): Grid {
    return this.loaded.get("formulas");
  }
  get numberFormat(): Grid {
    return this.loaded.get("numberFormat");
  }

  set values(values: Grid) {
    this.queueGridWrite("values", values, (sheet, row, col, value) => {
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw new FakeOfficeError(
          FakeErrorCode.invalidArgument,
          `Unsupported value ${String(value)}.`,
          `${this.path}.values`,
        );
      }
      enterValue(editCell(sheet, row, col), value);
    });
  }

  set numberFormat(formats: Grid) {
    this.queueGridWrite("numberFormat", formats, (sheet, row, col, format) => {
      editCell(sheet, row, col).numberFormat = format === "" ? "General" : String(format);
    });
  }

  load(properties: string | readonly string[]): this {
    const names = loadNames(properties) as (keyof RangeData)[];
    for (const name of names) if (!LOADABLE.has(name)) throw unsupported(`Range.load("${name}")`);
    this.session.queue(this.path, "load", names, () => {
      const target = this.target.get();
      const data: Partial<RangeData> = target ? readRange(target.sheet, target.rect, names) : {};
      return { bytes: jsonBytes(data), deliver: () => this.loaded.deliver(data) };
    });
    return this;
  }

  /**
   * Sets each cell's properties from a 2-D array shaped like the range. The fake knows `hyperlink` only, which sets
   * the cell's link and, with `textToDisplay`, its value to that text exactly; `{}` leaves a cell as it is.
   */
  setCellProperties(properties: { hyperlink?: FakeHyperlink }[][]): void {
    this.queueGridWrite("setCellProperties", properties, (sheet, row, col, entry) => {
      const keys = typeof entry === "object" && entry !== null ? Object.keys(entry) : [String(entry)];
      if (keys.some((key) => key !== "hyperlink")) throw unsupported(`setCellProperties with ${keys.join(", ")}`);
      const { hyperlink } = entry as { hyperlink?: FakeHyperlink };
      if (!hyperlink) return;
      const cell = editCell(sheet, row, col);
      cell.hyperlink = { ...hyperlink };
      if (hyperlink.textToDisplay !== undefined) {
        cell.value = hyperlink.textToDisplay;
        cell.formula = null;
      }
    });
  }

  getCellProperties(options: CellPropertiesOptions): FakeClientResult<FakeCellProperties[][]> {
    const result = new FakeClientResult<FakeCellProperties[][]>();
    this.session.queue(this.path, "getCellProperties", [options], () => {
      const { sheet, rect } = this.existing();
      const properties = rows(rect, (row, col) => cellProperties(sheet, row, col, options));
      return { bytes: jsonBytes(properties), deliver: () => result.deliver(properties) };
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.session, `${this.path}.getMergedAreasOrNullObject()`, this.sheetOf, () => {
      const { sheet, rect } = this.existing();
      const merges = sheet.merges.filter((merge) => intersects(merge, rect));
      if (merges.length > MAX_MERGED_AREAS) {
        throw new FakeOfficeError(
          FakeErrorCode.generalException,
          "Too many merged areas.",
          `${this.path}.getMergedAreasOrNullObject`,
        );
      }
      return merges.length > 0 ? merges : null;
    });
  }

  /** A cell placed from the range's top left: it may lie outside the range, not outside the sheet's grid. */
  getCell(row: number, column: number): FakeRange {
    const path = `${this.path}.getCell(${row},${column})`;
    return new FakeRange(this.session, path, this.sheetOf, () => {
      const { rect } = this.existing();
      const top = rect.top + row;
      const left = rect.left + column;
      return inGrid({ top, left, bottom: top, right: left }, path);
    });
  }

  /** The smallest range holding this range and `other`, which must be on the same sheet. */
  getBoundingRect(other: FakeRange): FakeRange {
    const path = `${this.path}.getBoundingRect(${other.path})`;
    return new FakeRange(this.session, path, this.sheetOf, () => {
      const [a, b] = this.sameSheet(other, path);
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }

  /** The cells this range shares with `other`; ranges that share none fail with ItemNotFound. */
  getIntersection(other: FakeRange): FakeRange {
    const path = `${this.path}.getIntersection(${other.path})`;
    return new FakeRange(this.session, path, this.sheetOf, () => {
      const [a, b] = this.sameSheet(other, path);
      if (!intersects(a, b))
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The ranges do not intersect.", path);
      return {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
    });
  }

  /** Selects the range; its sheet becomes the active one too, as Excel shows a selection only on the active sheet. */
  select(): void {
    this.session.queue(this.path, "select", [], () => {
      const { sheet, rect } = this.existing();
      this.session.workbook.activeSheet = sheet.name;
      this.session.workbook.selection = { sheet: sheet.name, address: rectA1(rect) };
    });
  }

  /**
   * Merges the range into one area, or each of its rows into one with `across`; merged areas it overlaps are taken
   * into the new ones, and a single cell stays unmerged, as in Excel. Cell values are kept: the fake does not model
   * Excel dropping all but the top left value.
   */
  merge(across = false): void {
    this.session.queue(this.path, "merge", [across], () => {
      const { sheet, rect } = this.existing();
      assertUnprotected(sheet, `${this.path}.merge`);
      const areas = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => ({
            ...rect,
            top: rect.top + r,
            bottom: rect.top + r,
          }))
        : [rect];
      const merged = areas.filter((area) => area.top !== area.bottom || area.left !== area.right);
      sheet.merges = [...sheet.merges.filter((existing) => !intersects(existing, rect)), ...merged];
    });
  }

  /** The range's address, resolved while a request runs (for calls that take a range, such as charts.add). */
  resolvedAddress(): string {
    const { sheet, rect } = this.existing();
    return qualifiedA1(sheet.name, rect);
  }

  /** Both ranges' rectangles, which Excel combines only on one sheet. */
  private sameSheet(other: FakeRange, path: string): [FakeRect, FakeRect] {
    const mine = this.existing();
    const theirs = other.existing();
    if (mine.sheet !== theirs.sheet) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, "The ranges are on different sheets.", path);
    }
    return [mine.rect, theirs.rect];
  }

  private existing(): { sheet: FakeSheet; rect: FakeRect } {
    const target = this.target.get();
    if (!target) throw unsupported("using a null Range");
    return target;
  }

  /** Queues a 2-D write; Excel requires the array's shape to match the range and skips null entries. */
  private queueGridWrite(
    member: string,
    grid: Grid,
    write: (sheet: FakeSheet, row: number, col: number, entry: unknown) => void,
  ): void {
    this.session.queue(this.path, member, [grid], () => {
      const { sheet, rect } = this.existing();
      assertUnprotected(sheet, `${this.path}.${member}`);
      const height = rect.bottom - rect.top + 1;
      const width = rect.right - rect.left + 1;
      if (grid.length !== height || grid.some((row) => row.length !== width)) {
        throw new FakeOfficeError(
          FakeErrorCode.invalidArgument,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          `${this.path}.${member}`,
        );
      }
      grid.forEach((row, r) =>
        row.forEach((entry, c) => {
          if (entry !== null) write(sheet, rect.top + r, rect.left + c, entry);
        }),
      );
    });
  }
}
