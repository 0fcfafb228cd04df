import type { Locale } from "../core/findings/render";

/** The languages of the command line (`--lang zh|en`); Chinese by default. */
export type Lang = "zh" | "en";

export const LOCALE_OF: { readonly [L in Lang]: Locale } = { zh: "zh-CN", en: "en-US" };

export function isLang(value: string): value is Lang {
  return value === "zh" || value === "en";
}
