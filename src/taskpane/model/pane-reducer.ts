/**
 * The pane's state and every way it changes, as a pure reducer: no React, no Word, no timers.
 * The effects (reading and writing the document, remembering preferences) live in
 * ../pane-controller.ts, which dispatches these actions.
 */
import type { DraftDocument } from "../../model/document";
import type { Report } from "../../check/rules";
import type { TemplateOptions } from "../../core/template";
import { emptyLibrary, type SourceLibrary } from "../../harvard/library/source-library";
import type { Unit } from "../../units/types";
import type { Ticks } from "../../word/doc-store";
import type { FeatureNotice } from "../../word/requirements";
import type { Engine } from "../backend";
import type { PaneError } from "./pane-error";
import { initialTutorState, tutorReducer, type TutorAction, type TutorState } from "./tutor-reducer";
import type { CentreTemplate } from "../../centre/schema";
import type { CentreSource } from "../centre/learner-centre";

export type TabId = "start" | "check" | "submit" | "references";

/** Who is using the pane: each role has its own views (the tutor's in ../tutor, the centre's in ../centre). */
export type Role = "learner" | "tutor" | "centre";
export const ROLES: readonly Role[] = ["learner", "tutor", "centre"];

/** Which part of the References tab opens first (the Check tab's "Update reference list" opens the list). */
export type ReferencesSection = "sources" | "cite" | "list";

const DEFAULT_TEMPLATE_OPTIONS: TemplateOptions = { guidance: true, coverSheet: true, lockHeadings: true };

/** The learner's source library as the References tab shows it. */
export interface PaneSources {
  library: SourceLibrary;
  /** false: Word cannot keep the library in the document; this copy is the only one until the pane closes. */
  stored: boolean;
}

export interface PaneState {
  /** Remembered per user. */
  role: Role;
  engine: Engine | null;
  unit: Unit | null;
  /** How the unit got chosen, for the picker's note ("centre": its template, built into the add-in, was preselected). */
  unitSource: "detected" | "remembered" | "picked" | "centre" | null;
  /**
   * The learner picked `unit` for a document that has the side-headings of `documentUnit`: the
   * pane asks before checking it against another unit (whose side-headings are never added to it).
   */
  unitQuestion: { unit: Unit; documentUnit: Unit } | null;
  /** The centre template the learner's template and check follow (its unit is `unit`), and where it came from. */
  centre: CentreTemplate | null;
  centreSource: CentreSource | null;
  doc: DraftDocument | null;
  report: Report | null;
  /** The document changed after the last check (only known where Word tells the add-in). */
  stale: boolean;
  /** Word tells the pane about edits; false means a note asks the learner to re-check. */
  watching: boolean;
  ticks: Ticks;
  ticksStored: boolean;
  /** The source library, once the References tab has loaded it (kept when the learner changes tab). */
  sources: PaneSources | null;
  busy: string | null;
  error: PaneError | null;
  notices: FeatureNotice[];
  /** A short confirmation after an action ("Inserted 2 missing sections."). */
  status: string | null;
  tab: TabId;
  referencesSection: ReferencesSection;
  /** The template options the learner chose last time (per user). */
  templateOptions: TemplateOptions;
  /** The Tutor view, and what the Learner view shows of a marked draft (tutor-reducer.ts). */
  tutor: TutorState;
}

export type PaneAction =
  /** The catalogue, checks and Word code are loaded; `notices` are the features this Word lacks. */
  | { type: "engineLoaded"; engine: Engine; notices: FeatureNotice[] }
  /**
   * The document was read and analysed at start-up. `reportUnit` is the unit the analysis found
   * (report.unit, looked up); without one there is no draft yet and the remembered unit is offered.
   */
  | { type: "opened"; doc: DraftDocument; report: Report; reportUnit: Unit | null; remembered: Unit | null }
  /** null: this Word cannot keep ticks in the document. */
  | { type: "ticksLoaded"; ticks: Ticks | null }
  | { type: "watchStarted"; watching: boolean }
  | { type: "busyStarted"; label: string }
  | { type: "busyEnded" }
  | { type: "failed"; error: PaneError }
  | { type: "errorDismissed" }
  /** A check finished; `unit` is the report's unit, looked up. */
  | { type: "checked"; doc: DraftDocument; report: Report; unit: Unit | null }
  /** The learner edited the document (the add-in's own writes are filtered out by the controller). */
  | { type: "documentChanged" }
  | { type: "tabChosen"; tab: TabId }
  | { type: "referencesOpened"; section: ReferencesSection }
  | { type: "unitChosen"; unit: Unit | null }
  /** The picked unit is not the document's: asked first (see PaneState.unitQuestion). */
  | { type: "unitQuestionAsked"; unit: Unit; documentUnit: Unit }
  /** The learner kept the document's unit. */
  | { type: "unitQuestionDismissed" }
  | { type: "templateOptionsChosen"; options: TemplateOptions }
  /** The template went in: the Check tab opens with what to do next. */
  | { type: "templateInserted"; message: string }
  /** A document action finished; `status` says what it did. */
  | { type: "confirmed"; status: string }
  | { type: "ticksToggled"; ac: string; index: number }
  | { type: "storeUnavailable"; store: "ticks" | "sources" }
  /** The library read from the document; null when Word cannot store one. */
  | { type: "libraryLoaded"; library: SourceLibrary | null }
  | { type: "libraryChanged"; library: SourceLibrary }
  | { type: "roleChosen"; role: Role }
  | { type: "tutor"; action: TutorAction }
  /** The centre template to follow changed; `unit` is the unit as that centre's learners answer it (or the unit picked). */
  | { type: "centreChosen"; centre: CentreTemplate | null; source: CentreSource | null; unit: Unit | null; preselected?: boolean };

export function initialPaneState(templateOptions: TemplateOptions = DEFAULT_TEMPLATE_OPTIONS, role: Role = "learner", tutorName = ""): PaneState {
  return {
    role,
    engine: null,
    unit: null,
    unitSource: null,
    unitQuestion: null,
    centre: null,
    centreSource: null,
    doc: null,
    report: null,
    stale: false,
    watching: false,
    ticks: {},
    ticksStored: true,
    sources: null,
    busy: "Loading",
    error: null,
    notices: [],
    status: null,
    tab: "start",
    referencesSection: "sources",
    templateOptions,
    tutor: initialTutorState(tutorName),
  };
}

/** The descriptor indexes ticked under one AC after the learner clicks descriptor `index`. */
export function toggleTick(ticks: Ticks, ac: string, index: number): Ticks {
  const cur = ticks[ac] ?? [];
  const next = cur.includes(index) ? cur.filter((i) => i !== index) : [...cur, index].sort((a, b) => a - b);
  return { ...ticks, [ac]: next };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "engineLoaded":
      return { ...state, engine: action.engine, notices: action.notices };
    case "opened": {
      const draft = action.report.unit !== null && action.reportUnit !== null;
      const unit = draft ? action.reportUnit : action.remembered;
      return {
        ...state,
        doc: action.doc,
        unit,
        unitSource: draft ? "detected" : unit ? "remembered" : null,
        report: draft ? action.report : null,
        tab: draft ? "check" : "start",
        busy: null,
      };
    }
    case "ticksLoaded":
      return { ...state, ticks: action.ticks ?? {}, ticksStored: action.ticks !== null };
    case "watchStarted":
      return { ...state, watching: action.watching };
    case "busyStarted":
      return { ...state, busy: action.label, error: null, status: null };
    case "busyEnded":
      return { ...state, busy: null };
    case "failed":
      return { ...state, error: action.error };
    case "errorDismissed":
      return { ...state, error: null };
    case "checked": {
      // Until a unit is chosen, the analysis decides it; once chosen, the check ran with it.
      const found = state.unit === null && action.unit !== null;
      return {
        ...state,
        doc: action.doc,
        report: action.report,
        unit: state.unit ?? action.unit,
        unitSource: found ? "detected" : state.unitSource,
        stale: false,
      };
    }
    case "documentChanged":
      return state.report && !state.stale ? { ...state, stale: true } : state;
    case "tabChosen":
      return { ...state, tab: action.tab, status: null, referencesSection: "sources" };
    case "referencesOpened":
      return { ...state, tab: "references", status: null, referencesSection: action.section };
    case "unitChosen":
      return { ...state, unit: action.unit, unitSource: "picked", report: null, unitQuestion: null };
    case "unitQuestionAsked":
      return { ...state, unitQuestion: { unit: action.unit, documentUnit: action.documentUnit } };
    case "unitQuestionDismissed":
      return state.unitQuestion ? { ...state, unitQuestion: null } : state;
    case "templateOptionsChosen":
      return { ...state, templateOptions: action.options };
    case "templateInserted":
      return { ...state, tab: "check", status: `${action.message} Write your answers under each side-heading.` };
    case "confirmed":
      return { ...state, status: action.status };
    case "ticksToggled":
      return { ...state, ticks: toggleTick(state.ticks, action.ac, action.index) };
    case "storeUnavailable":
      if (action.store === "ticks") return { ...state, ticksStored: false };
      return { ...state, sources: { library: state.sources?.library ?? emptyLibrary(), stored: false } };
    case "libraryLoaded":
      // A library Word could not store lives only here: reading the document again must not replace it.
      if (state.sources && !state.sources.stored) return state;
      return { ...state, sources: action.library ? { library: action.library, stored: true } : { library: state.sources?.library ?? emptyLibrary(), stored: false } };
    case "libraryChanged":
      return { ...state, sources: { library: action.library, stored: state.sources?.stored ?? true } };
    case "roleChosen":
      return state.role === action.role ? state : { ...state, role: action.role, status: null };
    case "tutor": {
      const tutor = tutorReducer(state.tutor, action.action);
      return tutor === state.tutor ? state : { ...state, tutor };
    }
    case "centreChosen":
      return {
        ...state,
        centre: action.centre,
        centreSource: action.source,
        unit: action.unit ?? state.unit,
        unitSource: action.preselected && action.unit ? "centre" : state.unitSource,
      };
  }
}
