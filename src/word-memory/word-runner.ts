import type { WordRunner } from "../word/word-runner";
import type { MemoryDocument } from "./model";
import type { MemoryRequestContext } from "./proxy";
import { memoryRun } from "./run";

/** A WordRunner over a MemoryDocument: tests and the preview use it where Office uses Word.run. */
export function memoryWordRunner(doc: MemoryDocument, onContext?: (context: MemoryRequestContext) => void): WordRunner {
  return { run: memoryRun(doc, onContext), isSetSupported: doc.isSetSupported };
}
