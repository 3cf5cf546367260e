/**
 * The learner's source library, kept in the document (the add-in's custom XML
 * part, through doc-store.ts, under the entry "sources", as CSL-JSON) so it
 * travels with the .docx. Needs WordApi 1.4; without it the pane keeps the
 * library for the session only and shows SOURCES_STORE_MESSAGE. Saving is in
 * sources-save.ts; reading, here, checks what it reads against the schema.
 */
import { emptyLibrary, LibraryFormatError, libraryFromStored, type SourceLibrary } from "../harvard/library/library";
import { readStore } from "./doc-store";
import { WordActionError, type WordRunner } from "./word-runner";
import { requireSourcesStore, SOURCES_KEY } from "./sources-save";

export { canStoreSources, saveSources, SOURCES_KEY, SOURCES_STORE_MESSAGE } from "./sources-save";

/** Reads the library saved in the document (an empty one when there is none). Two syncs. */
export async function loadSources(word: WordRunner): Promise<SourceLibrary> {
  requireSourcesStore(word);
  const stored = (await readStore(word))[SOURCES_KEY];
  if (stored === undefined) return emptyLibrary();
  try {
    return libraryFromStored(stored);
  } catch (e) {
    if (e instanceof LibraryFormatError) throw new WordActionError(e.message, "failed");
    throw e;
  }
}
