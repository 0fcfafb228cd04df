import type { WorkbookSnapshot } from "../snapshot";
import { STATE_SHEET_NAME } from "../state";
import { findSheet } from "./snapshotLookup";

/**
 * Naming and keeping the sheets the add-in creates (校验结果, 自评报告) under SPEC §4's rule: a sheet is replaced
 * only when the add-in made it (state.createdSheets); a person's sheet of the same name is never touched.
 */

/**
 * The name to write an add-in sheet under: `base`, unless a sheet of that name exists that the add-in did not create
 * (a person's, never touched), then `base (2)`, `base (3)`, … the first that is free or the add-in's own.
 */
export function ownedSheetName(base: string, snapshot: WorkbookSnapshot, createdSheets: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!findSheet(snapshot, name) || createdSheets.includes(name)) return name;
  }
}

/** Whether a sheet name is one `ownedSheetName` may give for `base` (`base`, `base (2)`, …). */
export function isOwnedSheetName(base: string, name: string): boolean {
  if (name === base) return true;
  const prefix = `${base} (`;
  return name.startsWith(prefix) && /^\d+\)$/.test(name.slice(prefix.length));
}

/**
 * The sheets the add-in owns after a plan that writes `base` under `name` (and the state sheet): those it made that
 * still exist (a deleted name is no longer its own), plus these two. An earlier sheet of the same base under another
 * name (`校验结果 (2)`, written while a person's 校验结果 was in the way) is removed.
 */
export function sheetsOwned(
  snapshot: WorkbookSnapshot,
  previous: readonly string[],
  base: string,
  name: string,
): { created: string[]; removed: string[] } {
  const existing = previous.filter((sheet) => findSheet(snapshot, sheet) !== undefined);
  const isStale = (sheet: string): boolean => isOwnedSheetName(base, sheet) && sheet !== name;
  const kept = existing.filter((sheet) => !isStale(sheet));
  const added = [name, STATE_SHEET_NAME].filter((sheet) => !kept.includes(sheet));
  return { created: [...kept, ...added], removed: existing.filter(isStale) };
}
