import { FakeErrorCode, FakeOfficeError } from "./fakeError";
import type { FakeRect, FakeSheet, FakeWorkbook } from "./model";

/** What a range-like proxy stands for once resolved: cells of one sheet. */
export type Target = { readonly sheet: FakeSheet; readonly rects: readonly FakeRect[] };

/** Resolves a proxy's target on first use within a request and keeps it, as Office resolves an object path once. */
export class Resolver<T> {
  private resolved: { readonly value: T } | null = null;

  constructor(private readonly resolve: () => T) {}

  get(): T {
    if (!this.resolved) this.resolved = { value: this.resolve() };
    return this.resolved.value;
  }

  /** Resolved during a request that has run (so `isNullObject` can be answered). */
  get done(): boolean {
    return this.resolved !== null;
  }
}

/** Excel refuses every change to a protected sheet's cells, formats and charts with AccessDenied. */
export function assertUnprotected(sheet: FakeSheet, location: string): void {
  if (sheet.protected) {
    throw new FakeOfficeError(
      FakeErrorCode.accessDenied,
      `The cell or chart you're trying to change is protected.`,
      location,
    );
  }
}

/** Workbook structure protection refuses adding, deleting, hiding and showing sheets. */
export function assertStructureUnprotected(workbook: FakeWorkbook, location: string): void {
  if (workbook.protected) {
    throw new FakeOfficeError(FakeErrorCode.accessDenied, "The workbook's structure is protected.", location);
  }
}

/** The sheet a proxy resolved to must still be in the workbook (a deleted sheet's proxies fail). */
export function assertPresent(workbook: FakeWorkbook, sheet: FakeSheet, location: string): FakeSheet {
  if (!workbook.sheets.includes(sheet)) {
    throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The worksheet '${sheet.name}' no longer exists.`, location);
  }
  return sheet;
}
