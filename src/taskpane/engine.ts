/**
 * Everything the pane needs beyond its frame: the unit catalogue, the checks and the Word
 * operations. Loaded as its own chunk after first paint. Word and the preview build the same
 * engine; only the WordRunner differs (Office's Word.run, or the in-memory Word's).
 */
import { analyse } from "../check/analyse";
import { fixActionsFor } from "../check/rules";
import { COMMAND_VERBS, getUnit, listUnits, UNITS } from "../units/catalogue";
import { otherUnitOf } from "../core/document-unit";
import { loadTicks, saveTicks } from "../word/doc-store";
import { officeWordRunner, type WordRunner } from "../word/word-runner";
import { insertMissingSections } from "../word/insert-missing";
import { insertTemplate } from "../word/insert-template";
import { readDocument } from "../word/read-document";
import { removeGuidance } from "../word/remove-guidance";
import { missingFeatures } from "../word/requirements";
import { goToParagraph } from "../word/select";
import type { DocumentBackend, Engine } from "./backend";
import { watchWordChanges } from "../word/document-events";
import type { HostInfo, Platform } from "../word/diagnostics/types";
import { loadCentreTemplate } from "../word/centre-store";
import { insertCentreTemplate } from "../word/insert-centre-template";
import { centreCustomisation, centreTemplateOptions, centreUnit, recordedTemplate } from "../centre/apply";
import { builtInTemplateList } from "../centre/built-in-list";
import type { CentreTemplate } from "../centre/schema";
import { buildTemplate } from "../core/template";
import type { CentreTools } from "./centre/centre-tools";

export interface EngineRunner extends WordRunner {
  /** Overrides Word's own change events (the preview reports the learner's typing itself). */
  watchChanges?: (onChange: () => void) => () => void;
  /** What the diagnostics report says about the host, and which platform's expectations apply. */
  host?: () => HostInfo & { kind: Platform };
}

/** The add-in's version, for the diagnostics report. */
const ADDIN_VERSION = "0.1.0";

/** The template schema and zod, fetched only when a template is read (see centre-reader.ts). */
const loadCentreReader = () => import(/* webpackChunkName: "centre-reader" */ "./centre/centre-reader");

/** `deployed` undefined: the templates webpack built in (none in the standard add-in: nothing to fetch). */
async function centreTools(deployed: unknown): Promise<CentreTools> {
  const list = deployed === undefined ? builtInTemplateList() : Array.isArray(deployed) ? deployed : [];
  const read = list.length ? (await loadCentreReader()).readDeployedTemplates(list) : { templates: [], problems: [] };
  return {
    deployed: read.templates,
    deployedProblems: read.problems,
    parser: async () => (await loadCentreReader()).parseCentreTemplate,
    unitFor: (t) => centreUnit(t),
    optionsFor: centreTemplateOptions,
    blocks: (t) => buildTemplate(centreUnit(t), centreTemplateOptions(t), centreCustomisation(t)),
    toJson: (t) => `${JSON.stringify(t, null, 2)}\n`,
    docx: async (t) => {
      const { centreTemplateDocx } = await import(/* webpackChunkName: "docx-template" */ "../docx-template/centre-template-docx");
      return centreTemplateDocx(t);
    },
  };
}

/** `deployed`: the centre templates built into the add-in (tests pass their own). */
export async function createWordEngine(word: EngineRunner, deployed?: unknown): Promise<Engine> {
  // A centre's template fixes its own unit wording and options.
  const insertWithCentre = (centre: CentreTemplate) =>
    insertCentreTemplate(word, centreUnit(centre), centreTemplateOptions(centre), centreCustomisation(centre), recordedTemplate(centre));
  const backend: DocumentBackend = {
    readDocument: () => readDocument(word),
    insertTemplate: (unit, options, centre) => (centre ? insertWithCentre(centre) : insertTemplate(word, unit, options)),
    insertMissing: (unit, options, centre) => insertMissingSections(word, unit, options, centre ? centreCustomisation(centre) : {}),
    removeGuidance: (unit, options, centre) => removeGuidance(word, unit, options, centre ? centreCustomisation(centre) : {}),
    loadCentreTemplate: () => loadCentreTemplate(word),
    goTo: (paragraph, expectedText) => goToParagraph(word, paragraph, expectedText),
    loadTicks: () => loadTicks(word),
    saveTicks: (ticks) => saveTicks(word, ticks),
    watchChanges: async (onChange) => (word.watchChanges ? word.watchChanges(onChange) : watchWordChanges(word, onChange)),
    changesIncludeOwnWrites: !word.watchChanges,
    missingFeatures: () => missingFeatures(word),
  };
  return {
    catalogue: {
      listUnits,
      getUnit,
      analyse: (doc, unit, centre) => analyse(doc, { ...(unit ? { unit } : {}), ...(centre ? { centre } : {}) }),
      otherUnitOf: (doc, unitId) => {
        const unit = getUnit(unitId);
        return unit ? otherUnitOf(doc, unit, UNITS) : null;
      },
      glossary: COMMAND_VERBS,
      fixActions: fixActionsFor,
    },
    backend,
    centre: await centreTools(deployed),
    references: async () => {
      const { createReferencesOps } = await import(/* webpackChunkName: "references" */ "../word/references-ops");
      return createReferencesOps(word);
    },
    tutor: async () => {
      const { createTutorOps } = await import(/* webpackChunkName: "tutor" */ "../word/tutor-ops");
      return createTutorOps(word);
    },
    diagnostics: async (onProgress) => {
      const [{ runDiagnostics }, { reportText }, { officeHostInfo }] = await Promise.all([
        import(/* webpackChunkName: "diagnostics" */ "../word/diagnostics/run"),
        import(/* webpackChunkName: "diagnostics" */ "../word/diagnostics/report-text"),
        import(/* webpackChunkName: "diagnostics" */ "../word/diagnostics/host"),
      ]);
      const { kind, ...host } = word.host ? word.host() : officeHostInfo();
      const report = await runDiagnostics(word, { host, platform: kind, onProgress });
      return { report, text: reportText(report, ADDIN_VERSION) };
    },
  };
}

/** The engine inside Office, over the real Word.run. */
export function createOfficeEngine(): Promise<Engine> {
  return createWordEngine(officeWordRunner());
}
