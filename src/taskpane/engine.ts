/**
 * Everything the pane needs beyond its frame: the unit catalogue, the checks and the Word
 * operations. Loaded as its own chunk after first paint. Word and the preview build the same
 * engine; only the WordHost differs (Office's Word.run, or the in-memory Word's).
 */
import { analyse } from "../check/analyse";
import { COMMAND_VERBS, getUnit, listUnits } from "../units/catalogue";
import { loadTicks, saveTicks } from "../word/doc-store";
import { officeWordHost, type WordHost } from "../word/host";
import { insertMissingSections } from "../word/insert-missing";
import { insertTemplate } from "../word/insert-template";
import { readDocument } from "../word/read-document";
import { removeGuidance } from "../word/remove-guidance";
import { missingFeatures } from "../word/requirements";
import { selectParagraphs } from "../word/select";
import type { DocumentBackend, Engine } from "./backend";
import { watchWordChanges } from "../word/document-events";

export interface EngineHost extends WordHost {
  /** Overrides Word's own change events (the preview reports the learner's typing itself). */
  watchChanges?: (onChange: () => void) => () => void;
}

export function createWordEngine(host: EngineHost): Engine {
  const backend: DocumentBackend = {
    readDocument: () => readDocument(host),
    insertTemplate: (unit, options) => insertTemplate(host, unit, options),
    insertMissing: (unit, options) => insertMissingSections(host, unit, options),
    removeGuidance: (unit) => removeGuidance(host, unit),
    select: (from, to, expectedText) => selectParagraphs(host, from, to, expectedText),
    loadTicks: () => loadTicks(host),
    saveTicks: (ticks) => saveTicks(host, ticks),
    watchChanges: async (onChange) => (host.watchChanges ? host.watchChanges(onChange) : watchWordChanges(host, onChange)),
    changesIncludeOwnWrites: !host.watchChanges,
    missingFeatures: () => missingFeatures(host),
  };
  return {
    catalogue: {
      listUnits,
      getUnit,
      analyse: (doc, unit) => analyse(doc, unit ? { unit } : {}),
      glossary: COMMAND_VERBS,
    },
    backend,
    references: async () => {
      const { createReferencesBackend } = await import(/* webpackChunkName: "references" */ "../word/references-ops");
      return createReferencesBackend(host);
    },
  };
}

/** The engine inside Office, over the real Word.run. */
export function createOfficeEngine(): Engine {
  return createWordEngine(officeWordHost());
}
