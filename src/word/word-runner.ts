/**
 * The one place the add-in calls `Word.run`. Everything else in src/word
 * receives a WordRunner, so tests and the preview pass the in-memory Word and
 * Office passes the real one. Office.js errors leave this module as a
 * WordActionError carrying one sentence a learner can act on (action-errors.ts).
 */
import { toWordActionError, WordActionError } from "./action-errors";
import type { IsSetSupported, WordContext, WordRun } from "./word-api";

export interface WordRunner {
  run: WordRun;
  isSetSupported: IsSetSupported;
  /**
   * `Word.run(object, batch)`: resumes the request context an earlier batch made. An event handler
   * must be removed in the context it was added in (an EventHandlerResult's `context`,
   * https://learn.microsoft.com/en-us/office/dev/add-ins/word/word-add-ins-events).
   */
  runInContext?: <T>(context: WordContext, batch: (context: WordContext) => Promise<T>) => Promise<T>;
}

export { toWordActionError, WordActionError, type WordErrorReason } from "./action-errors";

interface OfficeGlobals {
  Word?: {
    run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
    // At run time Word.run also takes a request context (the events article's own sample does so); the typings list only client objects.
    run<T>(context: unknown, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  };
  Office?: { context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } } };
}

/** The real Word, for the task pane running inside Office (read from the globals office.js defines). */
export function officeWordRunner(): WordRunner {
  const g = globalThis as unknown as OfficeGlobals;
  return {
    run: <T>(batch: (context: WordContext) => Promise<T>) => {
      if (!g.Word) throw new WordActionError("Word is not available: open the add-in from Word's ribbon.", "unsupported");
      // Checked by the compiler: Word.RequestContext must satisfy WordContext (see word-api.ts).
      return g.Word.run((context: Word.RequestContext) => batch(context));
    },
    runInContext: <T>(context: WordContext, batch: (context: WordContext) => Promise<T>) => {
      if (!g.Word) throw new WordActionError("Word is not available: open the add-in from Word's ribbon.", "unsupported");
      return g.Word.run(context, (resumed: Word.RequestContext) => batch(resumed));
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

/** Runs one batch against Word, translating any failure into a WordActionError. */
export async function runInWord<T>(word: WordRunner, action: string, batch: (context: WordContext) => Promise<T>): Promise<T> {
  try {
    return await word.run(batch);
  } catch (error) {
    throw toWordActionError(error, action);
  }
}
