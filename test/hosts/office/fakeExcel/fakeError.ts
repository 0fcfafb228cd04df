/** Error codes the fake raises, as Excel names them (`Excel.ErrorCodes`, `OfficeExtension.ErrorCodes`). */
export const FakeErrorCode = {
  accessDenied: "AccessDenied",
  cellEditMode: "InvalidOperationInCellEditMode",
  /** The code Excel uses when `getMergedAreasOrNullObject` meets more than 512 areas is not documented: a guess. */
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
} as const;

/** Shaped like the `OfficeExtension.Error` that `context.sync()` rejects with. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation = "",
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** What Office throws when a property is read before it was loaded and synced. */
export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    property,
  );
}
