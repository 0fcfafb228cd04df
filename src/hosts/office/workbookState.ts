import type { SheetSnapshot } from "../../workbook/snapshot";

export type SheetState = Pick<SheetSnapshot, "name" | "protected" | "visibility">;

/** What `apply` must know before it queues a write: which sheets exist, which are protected. */
export type WorkbookState = {
  /** The workbook's structure is protected: sheets cannot be added or removed. */
  readonly protected: boolean;
  readonly sheets: readonly SheetState[];
};

const VISIBILITY: { readonly [office: string]: SheetState["visibility"] } = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Queues the loads of the sheet list, protection and visibility; the returned function reads them after a sync. */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const protection = context.workbook.protection;
  protection.load("protected");
  return () => ({
    protected: protection.protected,
    sheets: worksheets.items.map((sheet) => ({
      name: sheet.name,
      protected: sheet.protection.protected,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
    })),
  });
}
