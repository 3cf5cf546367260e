/**
 * What the add-in does when the learner has Track Changes on (Document.changeTrackingMode,
 * WordApi 1.4). Word tracks the add-in's writes like anyone's, and two of them go wrong:
 * - a deletion is only marked: guidance, an old reference list or a typed list would stay in
 *   place, struck through, until someone accepts it (office-js #1299, "by design");
 * - an insertion into a content control that is then locked (cannotEdit) is a revision nobody can
 *   accept or reject, and the control can no longer be deleted (office-js #2886, "by design").
 * So each operation decides:
 * - inserting (template, missing sections): nothing is locked while tracking, and the message says so;
 * - removing (guidance, replacing a reference list): the learner is told, and offered to go ahead
 *   with tracking off for that one operation; tracking is then set back as it was, in the same batch.
 */
import { WORDING } from "./action-errors";
import type { ChangeTrackingMode, WordContext } from "./word-api";
import { WordActionError } from "./word-runner";

export interface TrackingOptions {
  /** Do this one operation with Track Changes off (turned back on straight after). */
  trackChangesOff?: boolean;
}

export const LOCKS_SKIPPED_NOTE =
  " Track Changes is on, so the side-headings were not locked: Word cannot accept or reject changes inside locked content.";

export function isTracking(mode: ChangeTrackingMode): boolean {
  return mode !== "Off";
}

/** The error that offers to go ahead with tracking off (the pane shows a button for it). */
export function trackChangesError(action: string): WordActionError {
  return new WordActionError(WORDING["track-changes"].sentence(action), "track-changes");
}

/**
 * Queues tracking off, the writes, and tracking back as it was: Word runs a batch's actions in
 * order, so the writes queued in between are made untracked, in the same sync.
 */
export function untracked(context: WordContext, mode: ChangeTrackingMode, writes: () => void): void {
  if (!isTracking(mode)) return writes();
  context.document.changeTrackingMode = "Off";
  writes();
  context.document.changeTrackingMode = mode;
}
