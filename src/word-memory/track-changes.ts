/**
 * Track Changes in the in-memory Word.
 *
 * - `Document.changeTrackingMode` is "Off", "TrackAll" or "TrackMineOnly" (WordApi 1.4,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.document#word-word-document-changetrackingmode-member).
 * - While tracking, a deleted paragraph stays in the body: `text` still holds its words and
 *   `getReviewedText("Current")` leaves them out; inserted text is left out of
 *   `getReviewedText("Original")` (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)).
 * - Deleting a content control while tracking leaves the control in place, its content marked
 *   as deleted (office-js #1299, "by design").
 * - A control locked with cannotEdit cannot be deleted while tracking ("Some changes could not be
 *   accepted/rejected because they are contained in controls which are locked for editing",
 *   office-js #2886, "by design"); and tracked insertions inside a control that is then locked
 *   are revisions nobody can accept or reject: counted in `doc.lockedRevisions`.
 * Only whole-paragraph deletions and insertions, and insertions into a paragraph, are modelled:
 * that is all the add-in does.
 */
import { MemoryOfficeError } from "./office-error";
import type { ControlData, MemoryDocument, ParaData } from "./model";

export function isTracking(doc: MemoryDocument): boolean {
  return doc.changeTrackingMode !== "Off";
}

export function trackInsertion(doc: MemoryDocument, p: ParaData): void {
  if (isTracking(doc)) p.trackedInsertion = true;
}

export function trackDeletion(_doc: MemoryDocument, p: ParaData): void {
  // A tracked insertion deleted again keeps both marks: it is in neither the original nor the current text.
  p.trackedDeletion = true;
}

export function trackControlDeletion(doc: MemoryDocument, c: ControlData, paras: ParaData[], keepContent: boolean): void {
  const locked = paras.flatMap((p) => p.controls.slice(p.controls.indexOf(c))).find((x) => x.cannotEdit);
  if (locked) {
    throw new MemoryOfficeError(
      "GeneralException",
      "Some changes could not be accepted/rejected because they are contained in controls which are locked for editing.",
    );
  }
  // The control stays (office-js #1299); without keepContent its paragraphs become tracked deletions.
  if (!keepContent) for (const p of paras) trackDeletion(doc, p);
}

/** A tracked change in the paragraph: something getReviewedText("Original") and ("Current") tell apart. */
export function hasTrackedChange(p: ParaData): boolean {
  return !!p.trackedInsertion || !!p.trackedDeletion || p.originalText !== undefined || (p.reviewedText !== undefined && p.reviewedText !== p.text);
}

/** Locking a control that holds tracked changes leaves revisions no one can accept or reject (office-js #2886). */
export function noteLockedRevisions(doc: MemoryDocument, c: ControlData): void {
  doc.lockedRevisions += doc.paragraphs.filter((p) => p.controls.includes(c) && hasTrackedChange(p)).length;
}

/** The paragraph as getReviewedText reads it; null when the paragraph is absent from that version. */
export function reviewedText(p: ParaData, version: "Original" | "Current"): string | null {
  if (version === "Current") return p.trackedDeletion ? null : (p.reviewedText ?? p.text);
  return p.trackedInsertion ? null : (p.originalText ?? p.text);
}

/** Accept every tracked change, as Review > Accept All does; for tests. */
export function acceptAllChanges(doc: MemoryDocument): void {
  for (const p of [...doc.paragraphs]) {
    if (p.trackedDeletion) {
      doc.paragraphs.splice(doc.paragraphs.indexOf(p), 1);
      p.deleted = true;
      continue;
    }
    if (p.reviewedText !== undefined) p.text = p.reviewedText;
    delete p.reviewedText;
    delete p.originalText;
    p.trackedInsertion = false;
  }
  if (doc.paragraphs.length === 0) doc.appendParagraph({ text: "" });
}
