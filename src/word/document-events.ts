/**
 * Document operations the pane calls, over src/word. Change events are registered here because
 * src/word's structural Word API (word-api.ts) does not model events; they still go through
 * word-runner.ts's single Word.run.
 */
import { runInWord, type WordRunner } from "./word-runner";
import type { WordContext } from "./word-api";

/** WordApi 1.6 added Document.onParagraphChanged/Added/Deleted. */
const EVENTS_VERSION = "1.6";

/** OfficeExtension.EventHandlerResult: `context` is the request context the handler was added in. */
interface WordEventHandle {
  readonly context: WordContext;
  remove(): void;
}
interface WordEvent {
  add(handler: () => Promise<void> | void): WordEventHandle;
}
interface EventfulDocument {
  onParagraphChanged?: WordEvent;
  onParagraphAdded?: WordEvent;
  onParagraphDeleted?: WordEvent;
}

/**
 * Word's paragraph events where the requirement set has them; null (the pane shows a note) elsewhere.
 * The returned stop removes the handlers in the request context they were added in,
 * `Word.run(handle.context, ...)` ("Remove an event handler",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/word/word-add-ins-events): removed from any
 * other batch, the removal never reaches Word and the handlers pile up.
 */
export async function watchWordChanges(word: WordRunner, onChange: () => void): Promise<(() => Promise<void>) | null> {
  if (!word.isSetSupported("WordApi", EVENTS_VERSION)) return null;
  return runInWord(word, "watch the document for changes", async (context) => {
    const doc = context.document as unknown as EventfulDocument;
    const events = [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted].filter((e): e is WordEvent => !!e);
    if (!events.length) return null;
    const handles = events.map((e) => e.add(() => onChange()));
    await context.sync();
    return async () => {
      const remove = async (ctx: WordContext) => {
        for (const h of handles) h.remove();
        await ctx.sync();
      };
      // Losing the handlers when the pane closes is harmless, so a failure here is not reported.
      await (word.runInContext ? word.runInContext(handles[0]!.context, remove) : runInWord(word, "stop watching the document", remove)).catch(
        () => undefined,
      );
    };
  });
}
