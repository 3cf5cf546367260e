/** A centre template that cannot be used: one sentence naming the field, shown as is. Nothing of it was applied. */
export class CentreTemplateError extends Error {
  override name = "CentreTemplateError";
  constructor(
    message: string,
    /** The field at fault ("centre.name", 'acGuidance["1.1"]'), or "" for the file as a whole. */
    readonly field: string,
  ) {
    super(message);
  }
}
