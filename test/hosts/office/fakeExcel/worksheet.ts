import { inGrid, parseAddress, WHOLE_SHEET } from "./address";
import { FakeChartCollection } from "./charts";
import { FakeErrorCode, FakeOfficeError } from "./fakeError";
import { Loaded, unsupported } from "./loaded";
import { type FakeRect, type FakeSheet, type FakeVisibility, hasContent, isUsed, keyPosition } from "./model";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./rangeAreas";
import { type FakeSession, jsonBytes, quote } from "./session";
import { assertPresent, assertStructureUnprotected, assertUnprotected, Resolver } from "./target";

/** Excel's documented limit for `getRange`/`getRanges` addresses: longer ones are cut, silently. */
const MAX_ADDRESS_CHARS = 8192;

/** `Excel.Worksheet`: resolved to one sheet the first time a request uses it. */
export class FakeWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: { freezeRows(count: number): void };
  readonly charts: FakeChartCollection;
  private readonly loaded = new Loaded<{ name: string; visibility: FakeVisibility }>("Worksheet");
  private readonly resolver: Resolver<FakeSheet>;

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    find: () => FakeSheet,
  ) {
    this.resolver = new Resolver(find);
    const sheetOf = (): FakeSheet => this.sheet();
    this.protection = new FakeWorksheetProtection(session, `${path}.protection`, sheetOf);
    this.charts = new FakeChartCollection(session, `${path}.charts`, sheetOf);
    this.freezePanes = {
      freezeRows: (count: number) =>
        session.queue(`${path}.freezePanes`, "freezeRows", [count], () => {
          const sheet = sheetOf();
          assertUnprotected(sheet, `${path}.freezePanes.freezeRows`);
          sheet.frozenRows = count;
        }),
    };
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get visibility(): FakeVisibility {
    return this.loaded.get("visibility");
  }

  /** Hiding the last visible sheet fails in Excel; structure protection refuses any change of visibility. */
  set visibility(visibility: FakeVisibility) {
    this.session.queue(this.path, "visibility", [visibility], () => {
      const sheet = this.sheet();
      assertStructureUnprotected(this.session.workbook, `${this.path}.visibility`);
      const othersVisible = this.session.workbook.sheets.some(
        (other) => other !== sheet && other.visibility === "Visible",
      );
      if (visibility !== "Visible" && !othersVisible) {
        throw new FakeOfficeError(FakeErrorCode.invalidOperation, "A workbook must have a visible sheet.", this.path);
      }
      sheet.visibility = visibility;
    });
  }

  /** Delivers loaded properties; the collection's `load("items/…")` fills them. */
  deliver(data: Partial<{ name: string; visibility: FakeVisibility }>): void {
    this.loaded.deliver(data);
  }

  sheet(): FakeSheet {
    return assertPresent(this.session.workbook, this.resolver.get(), this.path);
  }

  getRange(address?: string): FakeRange {
    const path = `${this.path}.getRange(${address === undefined ? "" : quote(address)})`;
    return new FakeRange(
      this.session,
      path,
      () => this.sheet(),
      () => {
        const rect = address === undefined ? WHOLE_SHEET : parseAddress(address);
        if (!rect) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad address ${address ?? ""}.`, path);
        return rect;
      },
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    const path = `${this.path}.getRangeByIndexes(${row},${col},${rowCount},${columnCount})`;
    return new FakeRange(
      this.session,
      path,
      () => this.sheet(),
      () => {
        if (rowCount < 1 || columnCount < 1)
          throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Empty range.", path);
        return inGrid({ top: row, left: col, bottom: row + rowCount - 1, right: col + columnCount - 1 }, path);
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    const path = `${this.path}.getCell(${row},${column})`;
    return new FakeRange(
      this.session,
      path,
      () => this.sheet(),
      () => inGrid({ top: row, left: column, bottom: row, right: column }, path),
    );
  }

  getRanges(address: string): FakeRangeAreas {
    const path = `${this.path}.getRanges(${quote(address)})`;
    return new FakeRangeAreas(
      this.session,
      path,
      () => this.sheet(),
      () =>
        address
          .slice(0, MAX_ADDRESS_CHARS)
          .split(",")
          .map((part) => {
            const rect = parseAddress(part);
            if (!rect) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad address ${part}.`, path);
            return rect;
          }),
    );
  }

  /** Documented not to fail: a blank sheet's used range is its top left cell. */
  getUsedRange(valuesOnly = false): FakeRange {
    const path = `${this.path}.getUsedRange(${String(valuesOnly)})`;
    return new FakeRange(
      this.session,
      path,
      () => this.sheet(),
      (sheet) => usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly)})`;
    return new FakeRange(
      this.session,
      path,
      () => this.sheet(),
      (sheet) => usedRect(sheet, valuesOnly),
    );
  }

  /** Shows the sheet to the person. */
  activate(): void {
    this.session.queue(this.path, "activate", [], () => {
      this.session.workbook.activeSheet = this.sheet().name;
    });
  }

  delete(): void {
    this.session.queue(this.path, "delete", [], () => {
      const sheet = this.sheet();
      const workbook = this.session.workbook;
      assertStructureUnprotected(workbook, `${this.path}.delete`);
      if (!workbook.sheets.some((other) => other !== sheet && other.visibility === "Visible")) {
        throw new FakeOfficeError(FakeErrorCode.invalidOperation, "A workbook must keep a visible sheet.", this.path);
      }
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
    });
  }
}

/** The bounding rectangle of a sheet's used cells: with content only, or touched in any way. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): FakeRect | null {
  let rect: FakeRect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!(valuesOnly ? hasContent(cell) : isUsed(cell))) continue;
    const { row, col } = keyPosition(key);
    rect = rect
      ? {
          top: Math.min(rect.top, row),
          left: Math.min(rect.left, col),
          bottom: Math.max(rect.bottom, row),
          right: Math.max(rect.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect;
}

export class FakeWorksheetProtection {
  private readonly loaded = new Loaded<{ protected: boolean }>("WorksheetProtection");

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly sheetOf: () => FakeSheet,
  ) {}

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(properties: string): this {
    if (properties.trim() !== "protected") throw unsupported(`WorksheetProtection.load("${properties}")`);
    this.session.queue(this.path, "load", [properties], () => {
      const data = { protected: this.sheetOf().protected };
      return { bytes: jsonBytes(data), deliver: () => this.deliver(data) };
    });
    return this;
  }

  deliver(data: { protected: boolean }): void {
    this.loaded.deliver(data);
  }
}
