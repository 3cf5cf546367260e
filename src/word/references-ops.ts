import { insertCitation } from "./citation-insert";
import type { WordRunner } from "./word-runner";
import { readTypedReferences, updateReferenceList, type UpdateReferenceListResult } from "./reference-list";
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
  /**
   * Replaces the reference list (only the add-in's list, or the paragraphs under the References heading);
   * asks first when Track Changes is on; the message confirms what was done.
   */
  replaceReferenceList(entries: FormattedEntry[], options?: TrackingOptions): Promise<{ message: string }>;
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
    replaceReferenceList: async (entries, options) => ({
      message: listWritten(await updateReferenceList(word, entries, { replaceTyped: true, ...options })),
    }),
  };
}

/** The confirmation the pane shows after the list is written. */
export function listWritten(r: UpdateReferenceListResult): string {
  const n = r.entries === 1 ? "1 entry" : `${r.entries} entries`;
  switch (r.status) {
    case "replaced-typed":
      return `Replaced your reference list with ${n} in Cite Them Right Harvard order.`;
    case "updated":
      return `Updated the reference list: ${n} in Cite Them Right Harvard order.`;
    case "created":
      return `Added a reference list of ${n} under ${r.headingAdded ? "a new" : "your"} References heading.`;
    case "typed-list-found":
      return "Your typed reference list was left as it is.";
  }
}
