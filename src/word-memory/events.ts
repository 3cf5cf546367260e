/**
 * Document events (WordApi 1.6: onParagraphAdded, onParagraphChanged, onParagraphDeleted).
 *
 * `add(handler)` registers at the next sync and returns an EventHandlerResult whose `context` is
 * the request context it was added in. Removing it must run in that same context:
 * `Word.run(result.context, async (context) => { result.remove(); await context.sync(); })`
 * ("Remove an event handler", https://learn.microsoft.com/en-us/office/dev/add-ins/word/word-add-ins-events).
 * Here `remove()` queues on the handler's own context, so calling it after that batch ended fails
 * with InvalidObjectPath (and the handler stays registered), as a removal from another batch
 * never reaches Word.
 */
import type { MemoryDocument } from "./model";
import type { MemoryRequestContext } from "./proxy";

export type ParagraphEventType = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface RegisteredHandler {
  type: ParagraphEventType;
  handler: (args: { type: ParagraphEventType; uniqueLocalIds: string[]; source: "Local" }) => unknown;
}

export interface EventRegistry {
  handlers: RegisteredHandler[];
}

export class MemEventHandlerResult {
  constructor(
    readonly context: MemoryRequestContext,
    private readonly entry: RegisteredHandler,
  ) {}

  remove(): void {
    this.context.enqueue(() => {
      const list = this.context.memory.events.handlers;
      const i = list.indexOf(this.entry);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

export class MemEventHandlers {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly type: ParagraphEventType,
  ) {}

  add(handler: RegisteredHandler["handler"]): MemEventHandlerResult {
    const entry: RegisteredHandler = { type: this.type, handler };
    this.context.enqueue(() => {
      this.context.memory.requireSet("WordApi", "1.6", `Document.on${this.type}`);
      this.context.memory.events.handlers.push(entry);
    });
    return new MemEventHandlerResult(this.context, entry);
  }
}

/** Fires an event as Word would after a change; for tests and the preview. */
export async function fireParagraphEvent(doc: MemoryDocument, type: ParagraphEventType, uniqueLocalIds: string[] = []): Promise<void> {
  for (const h of doc.events.handlers.filter((x) => x.type === type)) {
    await h.handler({ type, uniqueLocalIds, source: "Local" });
  }
}
