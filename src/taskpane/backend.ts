import type { DraftDocument } from "../model/document";
import type { Report } from "../check/rules";
import type { FixAction } from "../model/rule";
import type { TemplateOptions } from "../core/template";
import type { Unit } from "../units/types";
import type { CentreTemplate } from "../centre/schema";
import type { UnitSummary } from "../units/catalogue";
import type { Ticks } from "../word/doc-store";
import type { InsertMissingResult } from "../word/insert-missing";
import type { InsertTemplateResult } from "../word/insert-template";
import type { RemoveGuidanceResult } from "../word/remove-guidance";
import type { FeatureNotice } from "../word/requirements";
import type { TrackingOptions } from "../word/track-changes";
import type { DiagnosticsReport } from "../word/diagnostics/types";
import type { CentreTools } from "./centre/centre-tools";

/**
 * What the pane needs from the rest of the add-in. The concrete version (engine.ts) is loaded
 * after first paint as its own chunk: the unit catalogue, the checks and the Word code are not
 * needed to draw the pane's frame.
 */
export interface Catalogue {
  listUnits(): UnitSummary[];
  getUnit(id: string): Unit | undefined;
  /**
   * Without a unit id the analysis works out the unit (template tag, then side-headings): report.unit.
   * With a centre template the check follows its word range, wording and Harvard settings.
   */
  analyse(doc: DraftDocument, unitId: string | undefined, centre?: CentreTemplate | null): Report;
  /** The unit whose template or side-headings the document has, when it is not unit `unitId` (src/core/document-unit.ts). */
  otherUnitOf(doc: DraftDocument, unitId: string): Unit | null;
  /** Command verb -> what it asks (loaded with the catalogue). */
  glossary: Readonly<Record<string, string>>;
  /** The one-click fixes a report's problems call for (check/rules.ts), for a view that has not loaded the rules itself. */
  fixActions(problems: Report["problems"]): FixAction[];
}

/** Every document operation the pane performs; one implementation over Word.run, shared by Word and the preview. */
export interface DocumentBackend {
  readDocument(): Promise<DraftDocument>;
  /**
   * "refused" when the document already has this unit's side-headings; the message says what to do.
   * With a centre template: the centre's version (its options replace `options`), recorded in the document.
   */
  insertTemplate(unit: Unit, options: TemplateOptions, centre?: CentreTemplate | null): Promise<InsertTemplateResult>;
  /** Inserts the side-headings (with guidance) of ACs the draft lacks, in place; the message says what was done. */
  insertMissing(unit: Unit, options: Pick<TemplateOptions, "guidance" | "lockHeadings">, centre?: CentreTemplate | null): Promise<InsertMissingResult>;
  /**
   * Removes the add-in's guidance blocks, a centre's too (keeping anything the learner typed inside
   * them); asks first when Track Changes is on.
   */
  removeGuidance(unit: Unit, options?: TrackingOptions, centre?: CentreTemplate | null): Promise<RemoveGuidanceResult>;
  /** The centre template the document records (unvalidated), null when none, undefined when this Word cannot tell. */
  loadCentreTemplate(): Promise<unknown>;
  /** Puts the cursor at the start of a paragraph (DraftDocument index), scrolled into view, selecting nothing; expectedText guards against a changed document. */
  goTo(paragraph: number, expectedText?: string): Promise<void>;
  /** null when the document cannot store ticks (requirement set too old). */
  loadTicks(): Promise<Ticks | null>;
  /** false when the ticks could not be stored in the document. */
  saveTicks(ticks: Ticks): Promise<boolean>;
  /** Calls back when the document changes; returns an unsubscribe, or null where Word cannot tell. */
  watchChanges(onChange: () => void): Promise<(() => void) | null>;
  /** Word's events also fire for the add-in's own writes (the preview reports only the learner's typing). */
  changesIncludeOwnWrites: boolean;
  /** Features this Word lacks, for the notes at the top of the pane. */
  missingFeatures(): FeatureNotice[];
}

export interface Engine {
  catalogue: Catalogue;
  backend: DocumentBackend;
  /** Centre templates: the ones built into this copy of the add-in, reading files, what a template makes. */
  centre: CentreTools;
  /** The References tab's document operations, loaded with that tab. */
  references(): Promise<import("./references/backend").ReferencesBackend>;
  /** The Tutor view's document operations (comments, grades, mark sheet), loaded on demand. */
  tutor(): Promise<import("./tutor/backend").TutorBackend>;
  /** Help > Run diagnostics: the contract checks in a scratch document (loaded on demand). */
  diagnostics(onProgress?: (done: number, total: number) => void): Promise<{ report: DiagnosticsReport; text: string }>;
}
