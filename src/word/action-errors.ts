/**
 * The one table that turns Office.js error codes into a sentence a learner can act on. Word
 * operations throw these sentences as WordActionErrors (runInWord in word-runner.ts); the pane's message
 * titles come from the same reasons (taskpane/model/pane-error.ts).
 *
 * Codes: OfficeExtension.ErrorCodes and Word.ErrorCodes,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 * and https://learn.microsoft.com/en-us/javascript/api/word/word.errorcodes
 */

export type WordErrorReason = "read-only" | "unsupported" | "changed" | "too-large" | "busy" | "track-changes" | "failed";

export class WordActionError extends Error {
  constructor(
    message: string,
    readonly reason: WordErrorReason,
    /** The Office.js error code, when Word gave one. */
    readonly officeCode?: string,
  ) {
    super(message);
    this.name = "WordActionError";
  }
}

/** Office.js error code -> why the action failed; any other code is "failed". */
export const REASON_BY_CODE: Readonly<Record<string, WordErrorReason>> = {
  AccessDenied: "read-only",
  EditModeRequired: "read-only",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  ApiNotAvailable: "unsupported",
  ItemNotFound: "changed",
  InvalidObjectPath: "changed",
  ItemAlreadyExists: "changed",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  ActivityLimitReached: "busy",
  Busy: "busy",
  ServiceNotAvailable: "busy",
};

interface ReasonWording {
  /** The pane's message title. */
  title: string;
  /** One sentence; `action` completes "could not …" ("insert the template"). */
  sentence(action: string, code?: string): string;
}

export const WORDING: Readonly<Record<WordErrorReason, ReasonWording>> = {
  "read-only": {
    title: "The document is read-only",
    sentence: (action) =>
      `Word would not let the add-in ${action} because the document, or the part being changed, is read-only or locked: choose Enable Editing (or open an editable copy, or turn off restrictions) and try again.`,
  },
  unsupported: {
    title: "This version of Word cannot do that",
    sentence: (action) => `This version of Word cannot ${action}: update Word, or use Word on the web.`,
  },
  changed: {
    title: "The document changed",
    sentence: (action) => `The document changed while the add-in tried to ${action}: please try again.`,
  },
  "too-large": {
    title: "The document is too large",
    sentence: (action) => `The document is too large for Word to ${action} in one go: save it, close other documents and try again.`,
  },
  busy: {
    title: "Word is busy",
    sentence: (action) => `Word is busy and could not ${action}: wait a moment and try again.`,
  },
  // Raised by the add-in itself (src/word/track-changes.ts), not by an Office.js code.
  "track-changes": {
    title: "Track Changes is on",
    sentence: (action) =>
      `Track Changes is on, so Word would only mark what the add-in removes as deleted and leave it in place: choose "Go ahead with Track Changes off" to ${action} with tracking off for this one change, or turn off Track Changes on the Review tab and try again.`,
  },
  failed: {
    title: "Word could not finish that",
    // Word's code stays in the sentence so support can tell what happened.
    sentence: (action, code) => `Word could not ${action}${code ? ` (${code})` : ""}: save the document, then try again.`,
  },
};

/** Why an Office.js error code failed an action; null for codes the table does not list. */
export function reasonForCode(code: string): WordErrorReason | null {
  return Object.prototype.hasOwnProperty.call(REASON_BY_CODE, code) ? REASON_BY_CODE[code] : null;
}

/** The Office.js error code an error carries, if any. */
export function officeCodeOf(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** One sentence for a failed Word action; `action` completes "could not ...", e.g. "insert the template". */
export function toWordActionError(error: unknown, action: string): WordActionError {
  if (error instanceof WordActionError) return error;
  const code = officeCodeOf(error);
  const reason = (code && reasonForCode(code)) || "failed";
  return new WordActionError(WORDING[reason].sentence(action, code), reason, code);
}
