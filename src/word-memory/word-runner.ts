import type { WordRunner } from "../word/word-runner";
import type { MemoryDocument } from "./model";
import { MemoryOfficeError } from "./office-error";
import { MemoryRequestContext } from "./proxy";
import { memoryRun, memoryRunInContext } from "./run";

/** A WordRunner over a MemoryDocument: tests and the preview use it where Office uses Word.run. */
export function memoryWordRunner(doc: MemoryDocument, onContext?: (context: MemoryRequestContext) => void): WordRunner {
  return {
    run: memoryRun(doc, onContext),
    isSetSupported: doc.isSetSupported,
    runInContext: (context, batch) => {
      if (!(context instanceof MemoryRequestContext)) throw new MemoryOfficeError("InvalidArgument", "Word.run was given something that is not a request context.");
      return memoryRunInContext(context, batch as unknown as (c: MemoryRequestContext) => ReturnType<typeof batch>);
    },
  };
}
