/**
 * Saving the learner's source library into the document (the add-in's custom XML part, through
 * doc-store.ts, under the entry "sources", as CSL-JSON), so it travels with the .docx. Needs
 * WordApi 1.4. Reading it back, which checks every field against the CSL-JSON schema, is in
 * sources-store.ts: saving needs no schema, so the preview's sample draft can save its sources
 * without bringing the schema (zod) onto the pane's start path.
 */
import { libraryToStored, type SourceLibrary } from "../harvard/library/source-library";
import { writeStore } from "./doc-store";
import { WordActionError, type WordRunner } from "./word-runner";
import { supportsDocumentStore } from "./requirements";

export const SOURCES_KEY = "sources";

export const SOURCES_STORE_MESSAGE =
  "This version of Word cannot save your sources inside the document, so they are kept only until you close the pane: update Word, or use Word on the web, to keep them with the file.";

export function canStoreSources(word: Pick<WordRunner, "isSetSupported">): boolean {
  return supportsDocumentStore(word);
}

export function requireSourcesStore(word: WordRunner): void {
  if (!canStoreSources(word)) throw new WordActionError(SOURCES_STORE_MESSAGE, "unsupported");
}

/** Saves the library into the document, keeping the store's other entries. Three syncs. */
export async function saveSources(word: WordRunner, library: SourceLibrary): Promise<void> {
  requireSourcesStore(word);
  await writeStore(word, { [SOURCES_KEY]: libraryToStored(library) });
}
