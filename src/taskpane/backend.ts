import type { DraftDocument } from "../model/document";
import type { Report } from "../check/rules";
import type { Unit } from "../units/types";
import type { UnitSummary } from "../units/catalogue";

/**
 * What the pane needs from the rest of the add-in. The concrete version (engine.ts) is loaded
 * after first paint as its own chunk: the unit catalogue, the checks and the Word code are not
 * needed to draw the pane's frame.
 */
export interface TemplateOptions {
  guidance: boolean;
  coverSheet: boolean;
  lockHeadings: boolean;
}

/** Pass-descriptor ticks: AC id -> indexes of ticked descriptors. */
export type Ticks = Record<string, number[]>;

export interface Catalogue {
  listUnits(): UnitSummary[];
  getUnit(id: string): Unit | undefined;
  analyse(doc: DraftDocument, unitId: string | undefined): Report;
  /** The unit a draft's side-headings point to, or null. */
  detectUnit(doc: DraftDocument): string | null;
  /** Command verb -> what it asks (loaded with the catalogue). */
  glossary: Readonly<Record<string, string>>;
}

export interface FeatureNotice {
  feature: string;
  consequence: string;
}

/** Every document operation the pane performs; one implementation over Word.run, shared by Word and the preview. */
export interface DocumentBackend {
  readDocument(): Promise<DraftDocument>;
  /** "refused" when the document already has this unit's side-headings; the message says what to do. */
  insertTemplate(unit: Unit, options: TemplateOptions): Promise<{ outcome: "inserted" | "appended" | "refused"; message: string }>;
  /** Inserts the side-headings (with guidance) of ACs the draft lacks, in place; the message says what was done. */
  insertMissing(unit: Unit, options: Pick<TemplateOptions, "guidance" | "lockHeadings">): Promise<{ inserted: string[]; message: string }>;
  /** Removes the add-in's guidance blocks (keeping anything the learner typed inside them). */
  removeGuidance(unit: Unit): Promise<{ removed: number; unwrapped: number; message: string }>;
  /** Selects paragraphs from..to (DraftDocument indexes); expectedText guards against a changed document. */
  select(from: number, to: number, expectedText?: string): Promise<void>;
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
  /** The References tab's document operations, loaded with that tab. */
  references(): Promise<import("./references/backend").ReferencesBackend>;
}
