import type { CellInput } from "../location";
import { findQuantities, prepareClause, scaleBy } from "../target/quantities";
import { unitFamily } from "../target/units";
import { normaliseText } from "../text/normalise";
import { readNumberFormat } from "./numberFormat";
import { readTier } from "./tier";
import type { Actual, ActualHint } from "./types";

/** Excel's error values, as hosts hand them over (a string; exceljs's `{ error }` is flattened by the reader). */
const ERROR_VALUES = new Set(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/**
 * Words reporting that nothing happened, the answer to a zero target (零进京, 不发生): `零登记`, `实现“零进京”`, `零进京、零非访`,
 * `无`, `未发生`. The events are listed: `零星发生` says the opposite. They count as 0 so the row is scored, instead of being sent to a person as unreadable text.
 */
const ZERO_EVENT = "零(?:进京|非访|登记|事故|上访|越级访?|投诉|伤亡|差错|失误|案件)";
const NOTHING_HAPPENED = new RegExp(
  `^(?:实现)?[“"]?(?:${ZERO_EVENT}(?:[、，,]${ZERO_EVENT})*|无|未发生|均未发生|没有发生|未出现)[”"]?[。.!！]?$`,
  "u",
);

/**
 * Reads a 实际完成值 cell (SPEC §2): a quantity with its unit (percentages in percent points), a qualitative tier,
 * free text, nothing, or an error value. Never throws.
 *
 * Where the cell's number format can decide, it does: 0.86 shown as `0%` is 86 %, a number in a date or time format
 * is text (a date is not a measure), `0"件"` gives the unit 件. A bare number without such a format is read with the
 * hint, see `readBareNumber`. A text holding several numbers (`受理2059件，办结2000件`) is text: a person decides.
 */
export function parseActual(input: CellInput, hint: ActualHint = {}): Actual {
  const { value } = input;
  if (value === null) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") return readNumberCell(value, input.numberFormat ?? "", hint);
  return readTextCell(value, hint);
}

function readNumberCell(value: number, format: string, hint: ActualHint): Actual {
  // Excel has no NaN or Infinity; a host that produced one computed something impossible.
  if (!Number.isFinite(value)) return { kind: "error", text: "#NUM!" };
  const meaning = readNumberFormat(format);
  if (meaning.kind === "date") return { kind: "text", text: String(value) };
  if (meaning.kind === "percent") {
    const points = scaleBy(value, 100);
    return quantity(points, "%", `${points}%`);
  }
  if (meaning.unit !== null) return quantity(value, meaning.unit, String(value));
  return readBareNumber(value, hint, String(value));
}

function readTextCell(raw: string, hint: ActualHint): Actual {
  const text = normaliseText(raw);
  if (text === "") return { kind: "empty" };
  if (ERROR_VALUES.has(text.toUpperCase())) return { kind: "error", text };
  const quantities = findQuantities(prepareClause(text));
  const only = quantities.length === 1 ? quantities[0] : undefined;
  if (only !== undefined) {
    return only.unit === null ? readBareNumber(only.value, hint, raw) : quantity(only.value, only.unit, raw);
  }
  if (quantities.length === 0 && NOTHING_HAPPENED.test(text)) return quantity(0, null, raw);
  const tier = quantities.length === 0 ? readTier(text) : null;
  return tier === null ? { kind: "text", text: raw } : { kind: "tier", tier, text: raw };
}

/**
 * A number with no unit of its own. Under a `%` column header it is in percent points, even when small: the header
 * is an explicit statement, and genuine small rates (故障率 0.5 %) must not become 50 %. Without such a header, a
 * number between −1 and 1 against a percentage target is a fraction (×100): Excel stores 86 % as 0.86, and a cell
 * whose `%` format was lost (a paste of values, a CSV round trip) shows just that. The price: a genuine rate below
 * 1 % typed as a bare number (故障率 0.5) reads as 50 %; writing `0.5%` or heading the column `(%)` avoids it.
 */
function readBareNumber(value: number, hint: ActualHint, text: string): Actual {
  if (hint.percentColumn === true) return quantity(value, "%", text);
  if (unitFamily(hint.targetUnit ?? null) === "percent" && Math.abs(value) <= 1) {
    return quantity(scaleBy(value, 100), "%", text);
  }
  return quantity(value, null, text);
}

function quantity(value: number, unit: string | null, text: string): Actual {
  // 1e306 in a `%` format is 1e308 percent points and overflows: no one measured that.
  return Number.isFinite(value) ? { kind: "quantity", value, unit, text } : { kind: "error", text: "#NUM!" };
}
