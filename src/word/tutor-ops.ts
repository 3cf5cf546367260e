/**
 * The tutor's document operations, loaded with the Tutor view (and by the Learner view to show a
 * marked draft's comments and outcome): comments, grades, the mark sheet.
 */
import type { DraftDocument } from "../model/document";
import type { Report } from "../model/report";
import type { Marking } from "../marking/marking";
import type { MarkSheet } from "../marking/mark-sheet";
import type { StoredEntry } from "../marking/stored";
import { addFindingComments, removeFindingComments, type FindingsResult } from "./finding-comments";
import { commentOnSelection } from "./comment-selection";
import { insertMarkSheet } from "./mark-sheet";
import { loadMarking, saveMarking } from "./marking-store";
import { readFeedback, type Feedback, type SectionSpan } from "./tutor-feedback";
import { supportsComments, supportsDocumentStore } from "./requirements";
import type { WordRunner } from "./word-runner";

export interface TutorOps {
  /** WordApi 1.4: comments can be added and read. */
  canComment: boolean;
  /** WordApi 1.4: grades can be kept in the document. */
  canStore: boolean;
  addFindings(analyse: (doc: DraftDocument) => Pick<Report, "problems" | "sections">): Promise<FindingsResult>;
  removeFindings(): Promise<{ removed: number; message: string }>;
  commentOnSelection(text: string): Promise<void>;
  loadMarking(): Promise<StoredEntry<Marking> | null>;
  /** false when this Word cannot keep the grades in the document. */
  saveMarking(marking: Marking): Promise<boolean>;
  insertMarkSheet(sheet: MarkSheet): Promise<{ replaced: boolean; message: string }>;
  readFeedback(sections: readonly SectionSpan[]): Promise<Feedback>;
}

export function createTutorOps(word: WordRunner): TutorOps {
  return {
    canComment: supportsComments(word),
    canStore: supportsDocumentStore(word),
    addFindings: (analyse) => addFindingComments(word, analyse),
    removeFindings: () => removeFindingComments(word),
    commentOnSelection: (text) => commentOnSelection(word, text),
    loadMarking: () => loadMarking(word),
    saveMarking: (marking) => saveMarking(word, marking),
    insertMarkSheet: (sheet) => insertMarkSheet(word, sheet),
    readFeedback: (sections) => readFeedback(word, sections),
  };
}
