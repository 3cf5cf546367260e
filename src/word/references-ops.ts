import { insertCitation } from "./citation-insert";
import type { WordHost } from "./host";
import { readTypedReferences, updateReferenceList } from "./reference-list";
import { canStoreSources, loadSources, saveSources } from "./sources-store";
import type { ReferencesBackend } from "../taskpane/references/backend";

export function createReferencesBackend(host: WordHost): ReferencesBackend {
  return {
    loadLibrary: async () => (canStoreSources(host) ? loadSources(host) : null),
    saveLibrary: async (lib) => {
      if (!canStoreSources(host)) return false;
      await saveSources(host, lib);
      return true;
    },
    insertCitation: async (citation) => {
      await insertCitation(host, citation.runs);
    },
    readReferenceList: () => readTypedReferences(host),
    // The learner has seen the diff and pressed Replace: a typed list may go too.
    replaceReferenceList: async (entries) => {
      await updateReferenceList(host, entries, { replaceTyped: true });
    },
  };
}
