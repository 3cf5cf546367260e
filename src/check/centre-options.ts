/**
 * Which centre template a check follows: the one the host gives (the pane's, `ilm-check
 * --centre`), else the one the document records (made from a centre template, src/word/doc-store.ts
 * in Word, the custom XML part in a .docx). A template given by the host must be valid (the
 * caller validated it); a damaged copy in a document is set aside with a notice, never applied.
 */
import type { DraftDocument } from "../model/document";
import { parseCentreTemplate, tryParseCentreTemplate } from "../centre/parse";
import { chooseCentreWith, type CentreReader, type ChosenCentre } from "./choose-centre";

export { catalogueWithCentre, type ChosenCentre } from "./choose-centre";

// Called through, not held: ilm-check's bundle loads the reader (and zod) on first use
// (scripts/build-cli.js, ON_DEMAND), so it is not touched until a template is to be read.
const READER = { parse: (input: unknown) => parseCentreTemplate(input), tryParse: (input: unknown) => tryParseCentreTemplate(input) };

export function chooseCentre(doc: DraftDocument, given: unknown): ChosenCentre {
  return chooseCentreWith(READER, doc, given);
}

/** The pane's build registers the reader it fetched (centre-options.web.ts); here the reader is always at hand. */
export function setCentreReader(_loaded: CentreReader): void {}
