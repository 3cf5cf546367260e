/**
 * The Tutor view's state and how it changes, as a pure reducer (a slice of the pane's state,
 * reached through the pane reducer's "tutor" action): findings as comments, the comment bank,
 * marking per AC, and what the Learner view shows of a marked draft. Effects live in
 * ../tutor/tutor-controller.ts.
 */
import type { Unit } from "../../units/types";
import type { AcMark, Marking } from "../../marking/marking";
import type { PassPer } from "../../marking/scheme";
import type { StoredEntry } from "../../marking/stored";
import type { CommentBank } from "../../marking/comment-bank";
import type { FeedbackComment } from "../../word/tutor-feedback";

export type TutorTab = "findings" | "marking" | "bank";

export interface TutorSupport {
  /** WordApi 1.4: comments can be added and read. */
  comment: boolean;
  /** WordApi 1.4: grades can be kept in the document. */
  store: boolean;
}

/** What the Learner view shows of a marked draft. */
export interface LearnerFeedback {
  /** null when this Word cannot read comments. */
  comments: FeedbackComment[] | null;
  marking: Marking | null;
}

export interface TutorState {
  tab: TutorTab;
  /** The tutor's name as they typed it (remembered per user); saved with the grades. */
  tutorName: string;
  /** null until the Tutor view's Word code has loaded. */
  support: TutorSupport | null;
  /** The last findings run, in a sentence ("Added 12 comments."). */
  findingsMessage: string | null;
  /** The grades as saved in the document (null: none yet). */
  saved: Marking | null;
  /** The grades the tutor is editing; saved with "Save grades". */
  draft: Marking | null;
  /** The unit the grades are for (the draft's unit when the view opened or the unit changed). */
  markingUnit: string | null;
  /** A damaged or newer grades entry, in a sentence. */
  storedNotice: string | null;
  /** Grades a newer add-in saved: shown, never overwritten. */
  locked: boolean;
  bank: CommentBank | null;
  bankQuery: string;
  /** Show snippets for this AC (and general ones) only; null for all of the unit's. */
  bankAc: string | null;
  /** A refused import, in one sentence naming the field. */
  importError: string | null;
  /** The last bank action ("Imported 4 snippets."). */
  bankMessage: string | null;
  /** The mark sheet as CSV, shown to copy by hand when the clipboard is not available. */
  csvFallback: string | null;
  feedback: LearnerFeedback | null;
}

export type TutorAction =
  | { type: "tabChosen"; tab: TutorTab }
  | { type: "supportKnown"; support: TutorSupport }
  | { type: "nameChanged"; name: string }
  | { type: "findingsDone"; message: string }
  /** The document's grades, read for `unit` (null: this Word cannot keep them). `today` dates a new marking. */
  | { type: "markingLoaded"; entry: StoredEntry<Marking> | null; unit: Unit; today: string }
  | { type: "gradeChanged"; ac: string; mark: AcMark | undefined }
  | { type: "passPerChosen"; passPer: PassPer | undefined }
  | { type: "markingSaved"; marking: Marking }
  | { type: "bankLoaded"; bank: CommentBank }
  | { type: "bankChanged"; bank: CommentBank; message?: string }
  | { type: "bankQueryChanged"; query: string }
  | { type: "bankAcChosen"; ac: string | null }
  | { type: "importFailed"; message: string }
  | { type: "csvFallback"; csv: string | null }
  | { type: "feedbackLoaded"; feedback: LearnerFeedback };

export function initialTutorState(tutorName = ""): TutorState {
  return {
    tab: "findings",
    tutorName,
    support: null,
    findingsMessage: null,
    saved: null,
    draft: null,
    markingUnit: null,
    storedNotice: null,
    locked: false,
    bank: null,
    bankQuery: "",
    bankAc: null,
    importError: null,
    bankMessage: null,
    csvFallback: null,
    feedback: null,
  };
}

/** Whether the tutor has grades not yet saved in the document. */
export function hasUnsavedGrades(state: Pick<TutorState, "saved" | "draft">): boolean {
  if (!state.draft) return false;
  const grades = (m: Marking | null) => JSON.stringify(m ? { g: m.grades, p: m.passPer ?? null } : { g: {}, p: null });
  return grades(state.draft) !== grades(state.saved);
}

export function tutorReducer(state: TutorState, action: TutorAction): TutorState {
  switch (action.type) {
    case "tabChosen":
      return { ...state, tab: action.tab };
    case "supportKnown":
      return { ...state, support: action.support };
    case "nameChanged":
      return { ...state, tutorName: action.name };
    case "findingsDone":
      return { ...state, findingsMessage: action.message };
    case "markingLoaded": {
      const { entry, unit, today } = action;
      const fresh: Marking = { unit: unit.id, tutor: state.tutorName, date: today, grades: {} };
      const base = { ...state, markingUnit: unit.id, locked: false, storedNotice: null as string | null };
      if (!entry || entry.state === "none") return { ...base, saved: null, draft: fresh };
      if (entry.state === "damaged") return { ...base, saved: null, draft: fresh, storedNotice: entry.message };
      if (entry.state === "newer") return { ...base, saved: null, draft: null, locked: true, storedNotice: entry.message };
      const saved = entry.value;
      if (saved.unit !== unit.id) {
        return {
          ...base,
          saved: null,
          draft: fresh,
          storedNotice: `The grades in this document are for unit ${saved.unit}; marking against ${unit.id} starts afresh, and saving replaces them.`,
        };
      }
      return { ...base, saved, draft: saved };
    }
    case "gradeChanged": {
      if (!state.draft || state.locked) return state;
      const grades = { ...state.draft.grades };
      if (action.mark === undefined) delete grades[action.ac];
      else grades[action.ac] = action.mark;
      return { ...state, draft: { ...state.draft, grades } };
    }
    case "passPerChosen": {
      if (!state.draft || state.locked) return state;
      const { passPer: _old, ...rest } = state.draft;
      return { ...state, draft: action.passPer ? { ...rest, passPer: action.passPer } : rest };
    }
    case "markingSaved":
      return { ...state, saved: action.marking, draft: action.marking, storedNotice: null };
    case "bankLoaded":
      return { ...state, bank: action.bank };
    case "bankChanged":
      return { ...state, bank: action.bank, importError: null, bankMessage: action.message ?? null };
    case "bankQueryChanged":
      return { ...state, bankQuery: action.query };
    case "bankAcChosen":
      return { ...state, bankAc: action.ac };
    case "importFailed":
      return { ...state, importError: action.message, bankMessage: null };
    case "csvFallback":
      return { ...state, csvFallback: action.csv };
    case "feedbackLoaded":
      return { ...state, feedback: action.feedback };
  }
}
