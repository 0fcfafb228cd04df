import fc from "fast-check";
import { parseTarget } from "../../../src/core/target/parseTarget";
import type { ParsedTarget } from "../../../src/core/target/types";
import { anyText } from "./phrasings";

const KINDS = ["positive", "reverse", "equality", "zero", "comparative", "qualitative", "unparseable"];
const NOTES = ["bare-number", "per-batch", "rider", "direction-from-name"];

function isWellFormed(parsed: ParsedTarget, text: string): boolean {
  if (!KINDS.includes(parsed.kind) || parsed.text !== text) return false;
  switch (parsed.kind) {
    case "unparseable":
      return parsed.reason.length > 0;
    case "positive":
    case "reverse":
    case "equality":
      if (!Number.isFinite(parsed.value)) return false;
      break;
    case "comparative":
      if (parsed.percent !== null && !Number.isFinite(parsed.percent)) return false;
      break;
    default:
      break;
  }
  return (
    parsed.notes.every((note) => NOTES.includes(note)) && (parsed.rider === null) !== parsed.notes.includes("rider")
  );
}

describe("parseTarget on any text", () => {
  it("never throws and returns a declared kind with finite numbers", () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, name) => {
        expect(isWellFormed(parseTarget(text, name), text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
