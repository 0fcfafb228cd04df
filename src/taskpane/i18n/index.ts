import type { Locale } from "../../core/findings/render";
import { en } from "./en";
import type { Messages } from "./types";
import { zh } from "./zh";

export type { Messages } from "./types";

const CATALOGUES: { readonly [L in Locale]: Messages } = { "zh-CN": zh, "en-US": en };

/** The pane's language for Office's display language ("en-GB", "zh-CN", …): English for any "en", else Chinese. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
