/** Where Excel runs, as far as reading goes: Excel on the web refuses a response over 5 MB, the others do not. */
export type Platform = "web" | "desktop";

export type ReadOptions = {
  /** Read merged areas (needs ExcelApi 1.13; pass false where `isSetSupported("ExcelApi", "1.13")` is not). */
  readonly readMerges: boolean;
  /**
   * "web" reads the snapshot in chunks sized to the response limit from the start; "desktop" reads it in one request
   * and falls back to the chunks only if Excel refuses it.
   */
  readonly platform: Platform;
};

/**
 * The platform Office reports (`Office.context.platform`, "OfficeOnline" in a browser), or "desktop" where there is
 * no Office, or it does not say: the one-request read still falls back to chunks when a response is refused.
 */
export function detectPlatform(): Platform {
  if (typeof Office === "undefined") return "desktop";
  return String(Office.context?.platform) === "OfficeOnline" ? "web" : "desktop";
}
