/**
 * The one error the .docx reader throws. Its message is a single sentence a
 * learner can act on; hosts show it as it is (no stack trace).
 */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxReadError";
  }
}
