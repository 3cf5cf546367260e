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

/**
 * A file refused because it is built to harm the reader (a zip bomb, an entity bomb, absurd
 * nesting) rather than merely damaged. Wherever it is found, even in a document embedded in the
 * draft, the whole file is refused: it is never half-read.
 */
export class DocxRefusedError extends DocxReadError {
  constructor(message: string) {
    super(message);
    this.name = "DocxRefusedError";
  }
}
