import type { CellRef } from "../../core/location";
import type { CellWrite } from "../plan";
import type { OwnedValue } from "../read/entered";
import type { WorkbookSnapshot } from "../snapshot";
import type { StateData } from "../state";
import { cellMapOf, entriesOf, lookup, valueAt, type CellEntry, type CellMap } from "./cellMap";
import { CellSet } from "./cellSet";
import { writeOf, type OutputCell } from "./outputCells";
import { cellAt, findSheet, isEmptyCell } from "./snapshotLookup";

/** What the add-in wrote into a cell last time, for the reader: such a cell counts as empty, not as typed. */
export function ownedValueOf(state: StateData): OwnedValue {
  return (ref: CellRef) => lookup(state.written, ref);
}

/** The writes of one recalculation and what the add-in then owns. */
export type OwnedWrites = { readonly cells: CellWrite[]; readonly written: CellMap<number | string> };

/**
 * Decides which output cells to write (SPEC §4, ownership). A cell is the add-in's when it is empty or still holds
 * exactly what the add-in wrote last time; anything else (a typed value, a formula) is a person's and is left alone.
 * An owned cell whose value the engine no longer computes is cleared. Cells on protected sheets are not written.
 * Cells written before that are not outputs now (a protected sheet, an ignored one) stay owned while they still
 * hold the add-in's value, so unprotecting the sheet later finds them owned.
 */
export function planOutputWrites(
  outputs: readonly OutputCell[],
  snapshot: WorkbookSnapshot,
  previous: StateData["written"],
): OwnedWrites {
  const cells: CellWrite[] = [];
  const written: CellEntry<number | string>[] = [];
  const decided = new CellSet();
  for (const output of outputs) {
    const sheet = findSheet(snapshot, output.sheet);
    if (!sheet || sheet.protected || decided.has(output.sheet, output.cell)) continue;
    decided.add(output.sheet, output.cell);
    const current = cellAt(sheet, output.cell);
    if (current.formula !== null) continue;
    const ours = current.value === valueAt(previous, output.sheet, output.cell);
    if (output.value === null) {
      if (ours) cells.push({ sheet: output.sheet, cell: output.cell, value: null });
    } else if (ours || isEmptyCell(current)) {
      cells.push(writeOf(output));
      written.push({ sheet: output.sheet, cell: output.cell, value: output.value });
    }
  }
  for (const entry of entriesOf(previous)) {
    if (decided.has(entry.sheet, entry.cell)) continue;
    const sheet = findSheet(snapshot, entry.sheet);
    const current = sheet ? cellAt(sheet, entry.cell) : undefined;
    if (current && current.formula === null && current.value === entry.value) written.push(entry);
  }
  return { cells, written: cellMapOf(written) };
}
