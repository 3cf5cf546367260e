/**
 * The learner's source library, kept in the document (the add-in's custom XML
 * part, through doc-store.ts, under the entry "sources", as CSL-JSON) so it
 * travels with the .docx. Needs WordApi 1.4; without it the pane keeps the
 * library for the session only and shows SOURCES_STORE_MESSAGE.
 */
import { emptyLibrary, LibraryFormatError, libraryFromStored, libraryToStored, type SourceLibrary } from "../harvard/library/library";
import { readStore, writeStore } from "./doc-store";
import { WordActionError, type WordRunner } from "./word-runner";
import { supportsDocumentStore } from "./requirements";

export const SOURCES_KEY = "sources";

export const SOURCES_STORE_MESSAGE =
  "This version of Word cannot save your sources inside the document, so they are kept only until you close the pane: update Word, or use Word on the web, to keep them with the file.";

export function canStoreSources(word: Pick<WordRunner, "isSetSupported">): boolean {
  return supportsDocumentStore(word);
}

function requireStore(word: WordRunner): void {
  if (!canStoreSources(word)) throw new WordActionError(SOURCES_STORE_MESSAGE, "unsupported");
}

/** Reads the library saved in the document (an empty one when there is none). Two syncs. */
export async function loadSources(word: WordRunner): Promise<SourceLibrary> {
  requireStore(word);
  const stored = (await readStore(word))[SOURCES_KEY];
  if (stored === undefined) return emptyLibrary();
  try {
    return libraryFromStored(stored);
  } catch (e) {
    if (e instanceof LibraryFormatError) throw new WordActionError(e.message, "failed");
    throw e;
  }
}

/** Saves the library into the document, keeping the store's other entries. Three syncs. */
export async function saveSources(word: WordRunner, library: SourceLibrary): Promise<void> {
  requireStore(word);
  await writeStore(word, { [SOURCES_KEY]: libraryToStored(library) });
}
