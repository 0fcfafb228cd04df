import type { CellRef } from "../../../src/core/location";
import type { ExcelRun } from "../../../src/hosts/office/runExcel";
import { rangeFromA1 } from "../../../src/workbook/address";
import type { FakeExcel } from "../../hosts/office/fakeExcel";
import { FakeErrorCode, FakeOfficeError } from "../../hosts/office/fakeExcel/fakeError";
import { type FakeSheet, findSheet } from "../../hosts/office/fakeExcel/model";

/** What the person would see: the active sheet and the selected cell. */
export type FakeView = { active: string | null; selection: CellRef | null };

type Pending = (() => void)[];

/** The sheet a view call names; missing, the call fails as Excel fails it. */
function existing(fake: FakeExcel, name: string): FakeSheet {
  const sheet = findSheet(fake.workbook, name);
  if (!sheet) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The worksheet '${name}' doesn't exist.`);
  return sheet;
}

/** A property of a proxied Office object, with methods bound to the object itself (the fake's getters need it). */
function member(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key, target);
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

/**
 * `run` over the fake Excel, plus the calls the pane makes that the fake does not model (it models what the
 * workbook host uses): `Worksheet.activate`, `Range.select` and `Range.merge`. Like the fake's own calls they are
 * queued, take effect when the request syncs without error, and fail
 * with ItemNotFound on a missing sheet. Only used by the pane's tests; everything else is the
 * shared fake's.
 */
export function withViewCalls(fake: FakeExcel): { readonly run: ExcelRun; readonly view: FakeView } {
  const view: FakeView = { active: null, selection: null };
  const run: ExcelRun = (batch) =>
    fake.run((context) => {
      const pending: Pending = [];
      const range = (target: Excel.Range, sheet: string, address: string): Excel.Range =>
        new Proxy(target, {
          get(object, key) {
            if (key === "select") {
              return () => pending.push(() => (view.selection = { sheet: existing(fake, sheet).name, cell: address }));
            }
            if (key === "merge") {
              return () =>
                pending.push(() => {
                  const rect = rangeFromA1(address);
                  if (rect) existing(fake, sheet).merges.push(rect);
                });
            }
            return member(object, key);
          },
        });
      const worksheet = (target: Excel.Worksheet, name: string): Excel.Worksheet =>
        new Proxy(target, {
          get(object, key) {
            if (key === "activate") return () => pending.push(() => (view.active = existing(fake, name).name));
            if (key === "getRange") return (address: string) => range(object.getRange(address), name, address);
            return member(object, key);
          },
        });
      const worksheets = new Proxy(context.workbook.worksheets, {
        get(object, key) {
          if (key === "getItem") return (name: string) => worksheet(object.getItem(name), name);
          if (key === "add") return (name: string) => worksheet(object.add(name), name);
          return member(object, key);
        },
      });
      const workbook = new Proxy(context.workbook, {
        get: (object, key) => (key === "worksheets" ? worksheets : member(object, key)),
      });
      const sync = async (): Promise<void> => {
        await context.sync();
        for (const effect of pending.splice(0)) effect();
      };
      const proxied = new Proxy(context, {
        get: (object, key) => (key === "workbook" ? workbook : key === "sync" ? sync : member(object, key)),
      });
      return batch(proxied);
    });
  return { run, view };
}
