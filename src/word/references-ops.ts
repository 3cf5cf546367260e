import { insertCitation } from "./citation-insert";
import type { WordRunner } from "./word-runner";
import { readTypedReferences, updateReferenceList } from "./reference-list";
import { canStoreSources, loadSources, saveSources } from "./sources-store";
import type { FormattedEntry, FormattedText } from "../harvard/format/harvard-format";
import type { SourceLibrary } from "../harvard/library/library";
import type { TrackingOptions } from "./track-changes";

/** The References tab's document operations: the source library part, citations, the reference list. */
export interface ReferencesOps {
  /** The learner's sources saved in the document; an empty library when none; null when Word cannot store them. */
  loadLibrary(): Promise<SourceLibrary | null>;
  /** false when the library could not be stored in the document (kept for this session only). */
  saveLibrary(lib: SourceLibrary): Promise<boolean>;
  /** Inserts the citation at the cursor. */
  insertCitation(citation: FormattedText): Promise<void>;
  /** The reference list as it stands in the document, one entry per line ([] when there is none). */
  readReferenceList(): Promise<string[]>;
  /** Replaces the reference list (only the add-in's list, or the paragraphs under the References heading); asks first when Track Changes is on. */
  replaceReferenceList(entries: FormattedEntry[], options?: TrackingOptions): Promise<void>;
}

export function createReferencesOps(word: WordRunner): ReferencesOps {
  return {
    loadLibrary: async () => (canStoreSources(word) ? loadSources(word) : null),
    saveLibrary: async (lib) => {
      if (!canStoreSources(word)) return false;
      await saveSources(word, lib);
      return true;
    },
    insertCitation: async (citation) => {
      await insertCitation(word, citation.runs);
    },
    readReferenceList: () => readTypedReferences(word),
    // The learner has seen the diff and pressed Replace: a typed list may go too.
    replaceReferenceList: async (entries, options) => {
      await updateReferenceList(word, entries, { replaceTyped: true, ...options });
    },
  };
}
