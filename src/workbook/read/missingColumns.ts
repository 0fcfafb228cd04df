import { finding, type Finding } from "../../core/findings/types";
import { COLUMN_LABEL, type ColumnRole } from "./columnLabels";
import type { Header, HeaderKind } from "./findHeaders";
import type { Grid } from "./grid";

/** The columns without which a block cannot be scored or checked (SPEC 2.1–2.3). */
const REQUIRED: { readonly [K in HeaderKind]: readonly ColumnRole[] } = {
  indicator: ["target", "actual", "weight", "score"],
  framework: ["weight", "score"],
  fund: ["adjusted", "executed", "rate", "score"],
  budget: [],
};

/** One COLUMN_MISSING finding, at the header, per required column the header row does not name. */
export function missingColumns(grid: Grid, header: Header, table: string): Finding[] {
  const at = grid.ref(header.row, header.left);
  return REQUIRED[header.kind]
    .filter((role) => header.columns[role] === undefined)
    .map((role) => finding("COLUMN_MISSING", at, { table, column: COLUMN_LABEL[role] }));
}
