import type { WordHost } from "../word/host";
import type { MemoryDocument } from "./model";
import type { MemoryRequestContext } from "./proxy";
import { memoryRun } from "./run";

/** A WordHost over a MemoryDocument: tests and the preview use it where Office uses Word.run. */
export function memoryHost(doc: MemoryDocument, onContext?: (context: MemoryRequestContext) => void): WordHost {
  return { run: memoryRun(doc, onContext), isSetSupported: doc.isSetSupported };
}
