/**
 * The one place the add-in calls `Word.run`. Everything else in src/word
 * receives a WordHost, so tests and the preview pass the in-memory Word and
 * Office passes the real one. Office.js errors leave this module as a
 * WordActionError carrying one sentence a learner can act on.
 */
import type { IsSetSupported, WordContext, WordRun } from "./word-api";

export interface WordHost {
  run: WordRun;
  isSetSupported: IsSetSupported;
}

export type WordErrorReason = "read-only" | "unsupported" | "changed" | "too-large" | "busy" | "failed";

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

interface OfficeGlobals {
  Word?: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  Office?: { context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } } };
}

/** The real Word, for the task pane running inside Office (read from the globals office.js defines). */
export function officeWordHost(): WordHost {
  const g = globalThis as unknown as OfficeGlobals;
  return {
    run: <T>(batch: (context: WordContext) => Promise<T>) => {
      if (!g.Word) throw new WordActionError("Word is not available: open the add-in from Word's ribbon.", "unsupported");
      // Checked by the compiler: Word.RequestContext must satisfy WordContext (see word-api.ts).
      return g.Word.run((context: Word.RequestContext) => batch(context));
    },
    isSetSupported: (name, minVersion) => {
      try {
        return g.Office?.context?.requirements?.isSetSupported(name, minVersion) ?? false;
      } catch {
        return false;
      }
    },
  };
}

function codeOf(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** One sentence for a failed Word action; `action` completes "could not ...", e.g. "insert the template". */
export function toWordActionError(error: unknown, action: string): WordActionError {
  if (error instanceof WordActionError) return error;
  const code = codeOf(error);
  switch (code) {
    case "AccessDenied":
      return new WordActionError(
        `Word would not let the add-in ${action} because the document, or the part being changed, is read-only or locked: open an editable copy (or turn off restrictions) and try again.`,
        "read-only",
        code,
      );
    case "ApiNotFound":
    case "NotImplemented":
    case "ApiNotAvailable":
      return new WordActionError(
        `This version of Word cannot ${action}: update Word, or use Word on the web.`,
        "unsupported",
        code,
      );
    case "ItemNotFound":
    case "InvalidObjectPath":
    case "ItemAlreadyExists":
      return new WordActionError(`The document changed while the add-in tried to ${action}: please try again.`, "changed", code);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new WordActionError(
        `The document is too large for Word to ${action} in one go: save it, close other documents and try again.`,
        "too-large",
        code,
      );
    case "ActivityLimitReached":
    case "Busy":
    case "ServiceNotAvailable":
      return new WordActionError(`Word is busy and could not ${action}: wait a moment and try again.`, "busy", code);
    default:
      return new WordActionError(
        `Word could not ${action}${code ? ` (${code})` : ""}: save the document, then try again.`,
        "failed",
        code,
      );
  }
}

/** Runs one batch against Word, translating any failure into a WordActionError. */
export async function runInWord<T>(host: WordHost, action: string, batch: (context: WordContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(batch);
  } catch (error) {
    throw toWordActionError(error, action);
  }
}
