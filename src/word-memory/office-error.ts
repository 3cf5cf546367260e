/**
 * Errors shaped like OfficeExtension.Error: a `code` the add-in can branch on
 * and a message. Codes follow the ones Word reports (PropertyNotLoaded,
 * AccessDenied, ItemNotFound, InvalidArgument, ApiNotFound, GeneralException).
 */
export class MemoryOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(name: string): MemoryOfficeError {
  return new MemoryOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
