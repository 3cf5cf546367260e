import type { WordRun } from "../word/word-api";
import type { MemoryDocument } from "./model";
import { MemApplication } from "./hidden-document";
import { MemDocumentProxy } from "./objects";
import { MemoryRequestContext } from "./proxy";

/**
 * `Word.run` over a MemoryDocument. Like Office.js, actions still queued when
 * the batch resolves are flushed with a final sync, and proxies stop working
 * once the batch is over.
 */
export function memoryRun(doc: MemoryDocument, onContext?: (context: MemoryRequestContext) => void): WordRun {
  return async <T>(batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> => {
    doc.runCount++;
    const context = new MemoryRequestContext(doc);
    context.document = new MemDocumentProxy(context);
    context.application = new MemApplication(context);
    onContext?.(context);
    return runBatch(context, batch);
  };
}

/**
 * `Word.run(object, batch)`: resumes the request context an earlier batch made (an event
 * handler's `context`), so what is queued reaches the same session in Word.
 */
export function memoryRunInContext<T>(context: MemoryRequestContext, batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
  context.memory.runCount++;
  context.reopen();
  return runBatch(context, batch);
}

async function runBatch<T>(context: MemoryRequestContext, batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
  try {
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  } finally {
    context.close();
  }
}
