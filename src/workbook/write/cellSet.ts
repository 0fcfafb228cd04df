/**
 * A set of cells, sheet by sheet. Keyed by the sheet names and A1 strings the plan already holds: a `sheet!A1` key
 * per cell is a new string to build and hash for every lookup, which at 100,000 cells costs more than the lookups.
 */
export class CellSet {
  private readonly sheets = new Map<string, Set<string>>();

  has(sheet: string, cell: string): boolean {
    return this.sheets.get(sheet)?.has(cell) ?? false;
  }

  add(sheet: string, cell: string): void {
    const cells = this.sheets.get(sheet);
    if (cells === undefined) this.sheets.set(sheet, new Set([cell]));
    else cells.add(cell);
  }
}
