import { finding } from "../findings/types";
import { unitsCompatible } from "../target/units";
import { manual, type Outcome, type ScorerInput } from "./outcome";
import { rowCell } from "./rowCell";

/**
 * The actual value as a number comparable with the target, or the manual outcome saying why there is none: nothing
 * entered (ACTUAL_MISSING), words or a tier where a number is needed (ACTUAL_UNPARSEABLE), or a unit of another kind
 * (UNIT_MISMATCH, `%` against `件`). `targetUnit` null skips the unit check (comparative targets carry no unit).
 */
export function readQuantity(input: ScorerInput<unknown>, targetUnit: string | null): number | Outcome {
  const { actual, row } = input;
  const at = rowCell(row, "actual");
  if (actual.kind === "empty") return manual([finding("ACTUAL_MISSING", at, { name: row.name })], false);
  if (actual.kind !== "quantity" || !Number.isFinite(actual.value)) {
    return manual([finding("ACTUAL_UNPARSEABLE", at, { name: row.name, text: actual.text })], false);
  }
  if (!unitsCompatible(targetUnit, actual.unit)) {
    const units = { targetUnit: targetUnit ?? "", actualUnit: actual.unit ?? "" };
    return manual([finding("UNIT_MISMATCH", at, { name: row.name, ...units })], false);
  }
  return actual.value;
}
