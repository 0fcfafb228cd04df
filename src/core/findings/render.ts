import type { Finding, Severity } from "./types";
import { renderZh } from "./messages.zh";
import { renderEn } from "./messages.en";

/** The languages findings are written in. */
export type Locale = "zh-CN" | "en-US";

/** A finding in words: what is wrong, and what to do about it. */
export type RenderedFinding = { readonly message: string; readonly suggestion: string };

const RENDERERS: { readonly [L in Locale]: (f: Finding) => RenderedFinding } = {
  "zh-CN": renderZh,
  "en-US": renderEn,
};

/** The 级别 column of the 校验结果 sheet and the command line's summary. */
export const SEVERITY_LABELS: { readonly [L in Locale]: { readonly [S in Severity]: string } } = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

/**
 * The message and suggestion of a finding, for the task pane, the 校验结果 sheet and the command line alike.
 * Findings stay data until here, so tests assert on codes and parameters, not on prose.
 */
export function renderFinding(f: Finding, locale: Locale = "zh-CN"): RenderedFinding {
  return RENDERERS[locale](withClippedText(f));
}

/** The longest piece of a person's text a message quotes; the cell link shows the rest. */
export const MAX_QUOTED_CHARS = 80;

function clip(text: string): string {
  // A string of no more UTF-16 units than the limit has no more characters either: most texts stop here.
  if (text.length <= MAX_QUOTED_CHARS) return text;
  const characters = [...text];
  return characters.length > MAX_QUOTED_CHARS ? `${characters.slice(0, MAX_QUOTED_CHARS).join("")}…` : text;
}

const isLong = (value: unknown): boolean =>
  (typeof value === "string" && value.length > MAX_QUOTED_CHARS) || (Array.isArray(value) && value.some(isLong));

/** Whether any parameter needs clipping, asked without building a list of the values (once per finding). */
function hasLongText(params: object): boolean {
  for (const key in params) if (isLong((params as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * The finding with every quoted text clipped: a message quotes names, targets and formulas from the workbook, and one
 * holding two 32,767-character cells would pass Excel's limit for the 校验结果 cell it is written to.
 */
function withClippedText(f: Finding): Finding {
  if (!hasLongText(f.params)) return f;
  const params = Object.fromEntries(
    Object.entries(f.params).map(([key, value]: [string, unknown]) => [
      key,
      typeof value === "string"
        ? clip(value)
        : Array.isArray(value)
          ? value.map((v: unknown) => (typeof v === "string" ? clip(v) : v))
          : value,
    ]),
  );
  // Same keys, same kinds of values: only strings got shorter, so the finding keeps its code's parameter type.
  return { ...f, params } as Finding;
}
