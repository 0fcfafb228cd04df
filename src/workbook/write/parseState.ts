import { fail, ok, type Result } from "../../core/result";
import { isCellAddress } from "../address";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import type { StateData } from "../state";

/**
 * Reads the state sheet's JSON. The sheet lives in a file anyone can edit, so every field is checked, down to each
 * cell address and colour (a fill restored at `e6` or `XFE1`, or in `red`, would fail the write half-way or damage
 * the file); the reason a state is refused is returned as text for the STATE_INVALID finding.
 */
export function parseState(json: string): Result<StateData, string> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(`JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data) || data["version"] !== 1) return fail("version is not 1");
  const written = data["written"];
  if (!isNested(written, (v): v is number | string => typeof v === "number" || typeof v === "string")) {
    return fail("written is not sheet → cell → value");
  }
  const savedFills = data["savedFills"];
  if (!isNested(savedFills, (v): v is string | null => v === null || (typeof v === "string" && COLOR.test(v)))) {
    return fail("savedFills is not sheet → cell → colour");
  }
  const createdSheets = data["createdSheets"];
  if (!isStringArray(createdSheets)) return fail("createdSheets is not a list of names");
  const settings = readSettings(data["settings"]);
  if (!settings) return fail("settings are not { rules, ignoredSheets }");
  return ok({ version: 1, written, savedFills, createdSheets, settings });
}

/** Settings absent from an older state take their defaults. */
function readSettings(value: unknown): Settings | null {
  if (value === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(value)) return null;
  const ignoredSheets = value["ignoredSheets"] ?? DEFAULT_SETTINGS.ignoredSheets;
  if (!isStringArray(ignoredSheets)) return null;
  return { rules: value["rules"] ?? DEFAULT_SETTINGS.rules, ignoredSheets };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** A fill as the hosts read and write it. */
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** sheet → cell address → leaf. */
function isNested<T>(value: unknown, isLeaf: (leaf: unknown) => leaf is T): value is Record<string, Record<string, T>> {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (inner) => isRecord(inner) && Object.entries(inner).every(([cell, leaf]) => isCellAddress(cell) && isLeaf(leaf)),
    )
  );
}
