/**
 * Requirement sets the add-in relies on. WordApi 1.3 is the floor (content
 * controls with tags, styleBuiltIn, parent lookups); WordApi 1.4 adds custom
 * XML parts, where the document keeps the learner's ticks. Without 1.4 the
 * pane still checks and inserts; it just cannot remember ticks in the file.
 */
import { WordActionError, type WordRunner } from "./word-runner";

export const WORD_API = "WordApi";
export const REQUIRED_VERSION = "1.3";
export const DOCUMENT_STORE_VERSION = "1.4";

export interface FeatureNotice {
  feature: string;
  consequence: string;
}

export function supportsBaseline(word: Pick<WordRunner, "isSetSupported">): boolean {
  return word.isSetSupported(WORD_API, REQUIRED_VERSION);
}

export function supportsDocumentStore(word: Pick<WordRunner, "isSetSupported">): boolean {
  return word.isSetSupported(WORD_API, DOCUMENT_STORE_VERSION);
}

export const BASELINE_MESSAGE =
  "This version of Word is too old for the ILM Assignment Assistant (it needs Word 2016 or later, or Word on the web): update Word and open the add-in again.";

export const DOCUMENT_STORE_MESSAGE =
  "This version of Word cannot store the add-in's data inside the document, so your ticks are kept only until you close the pane: update Word, or use Word on the web, to keep them with the file.";

/** Throws the learner-facing message when the baseline requirement set is missing. */
export function requireBaseline(word: Pick<WordRunner, "isSetSupported">): void {
  if (!supportsBaseline(word)) throw new WordActionError(BASELINE_MESSAGE, "unsupported");
}

export function requireDocumentStore(word: Pick<WordRunner, "isSetSupported">): void {
  if (!supportsDocumentStore(word)) throw new WordActionError(DOCUMENT_STORE_MESSAGE, "unsupported");
}

/** Features this Word lacks, for the notes at the top of the pane. */
export function missingFeatures(word: Pick<WordRunner, "isSetSupported">): FeatureNotice[] {
  const out: FeatureNotice[] = [];
  if (!supportsBaseline(word)) {
    out.push({ feature: "Word JavaScript API 1.3", consequence: BASELINE_MESSAGE });
    return out;
  }
  if (!supportsDocumentStore(word)) {
    out.push({ feature: "Storing data in the document (WordApi 1.4)", consequence: DOCUMENT_STORE_MESSAGE });
  }
  return out;
}

/** Comments through Office.js (Range.insertComment, the comment collections) need WordApi 1.4. */
export const COMMENTS_VERSION = "1.4";

export function supportsComments(word: Pick<WordRunner, "isSetSupported">): boolean {
  return word.isSetSupported(WORD_API, COMMENTS_VERSION);
}

export const COMMENTS_MESSAGE =
  "This version of Word cannot add or read comments from an add-in (it needs the Word JavaScript API 1.4): copy the findings instead, or use Word on the web or an up-to-date Word.";

export function requireComments(word: Pick<WordRunner, "isSetSupported">): void {
  if (!supportsComments(word)) throw new WordActionError(COMMENTS_MESSAGE, "unsupported");
}
