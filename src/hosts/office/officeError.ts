/** Excel error codes the host reacts to (`Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`). */
export const OfficeErrorCode = {
  cellEditMode: "InvalidOperationInCellEditMode",
  requestTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
} as const;

/**
 * The `code` of an error rejected by `context.sync()` (an `OfficeExtension.Error`), or null for any other error.
 * Detected by shape, not `instanceof`, because the `OfficeExtension` global exists only inside Office.
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  return typeof error.code === "string" ? error.code : null;
}

/**
 * Whether a failed read may have been too big: Excel on the web refuses a response over 5 MB, and Excel fails a
 * range holding more than 512 merged areas with a code it does not document. Any Office error counts but cell-edit
 * mode, which `runExcel` retries.
 */
export function mayBeTooBig(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== null && code !== OfficeErrorCode.cellEditMode;
}
