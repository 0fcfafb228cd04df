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
