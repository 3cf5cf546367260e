/**
 * Document operations the pane calls, over src/word. Change events are registered here because
 * src/word's structural Word API (word-api.ts) does not model events; they still go through
 * word-runner.ts's single Word.run.
 */
import { runInWord, type WordRunner } from "./word-runner";

/** WordApi 1.6 added Document.onParagraphChanged/Added/Deleted. */
const EVENTS_VERSION = "1.6";

interface WordEvent {
  add(handler: () => Promise<void> | void): { remove(): void };
}
interface EventfulDocument {
  onParagraphChanged?: WordEvent;
  onParagraphAdded?: WordEvent;
  onParagraphDeleted?: WordEvent;
}

/** Word's paragraph events where the requirement set has them; null (the pane shows a note) elsewhere. */
export async function watchWordChanges(word: WordRunner, onChange: () => void): Promise<(() => void) | null> {
  if (!word.isSetSupported("WordApi", EVENTS_VERSION)) return null;
  return runInWord(word, "watch the document for changes", async (context) => {
    const doc = context.document as unknown as EventfulDocument;
    const events = [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted].filter((e): e is WordEvent => !!e);
    if (!events.length) return null;
    const handles = events.map((e) => e.add(() => onChange()));
    await context.sync();
    return () => {
      // Removing needs a context of its own; losing the handlers when the pane closes is harmless.
      void runInWord(word, "stop watching the document", async (ctx) => {
        for (const h of handles) h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  });
}
