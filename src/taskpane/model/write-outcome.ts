/**
 * After a write to the document failed (Word stopped answering in the middle of it), the pane
 * reads the document again and says which of the two things happened: nothing was changed, or
 * the change was made (every write reads first and writes in one final sync, so a failed sync
 * leaves the document as it was or fully changed: tests/word/sync-fault.test.ts).
 */
import type { DraftDocument } from "../../model/document";

export type WriteOutcome = "unchanged" | "changed";

/** What a write can change in the body: each paragraph's text and the add-in's tags around it. */
export function bodyFingerprint(doc: DraftDocument): string {
  return JSON.stringify(doc.paragraphs.map((p) => [p.text, p.tags, p.headingLevel]));
}

export function writeOutcome(before: DraftDocument, after: DraftDocument): WriteOutcome {
  return bodyFingerprint(before) === bodyFingerprint(after) ? "unchanged" : "changed";
}

/** The sentence added to the error, so the learner knows whether to look for the change. */
export const WRITE_OUTCOME_SENTENCE: Record<WriteOutcome, string> = {
  unchanged: "Nothing in your document was changed.",
  changed: "The change was made before Word stopped answering: the pane has checked your document again, so look over what changed.",
};
