/**
 * The pane's build of centre-options.ts (webpack.config.js swaps it in): the same choice, made with
 * the template reader the pane fetches on demand (src/taskpane/centre/centre-reader.ts registers it
 * when it loads) instead of one imported here, so zod and the template schema stay out of the
 * engine's chunk. The pane loads the reader before any check that has a template to read: a
 * template it passes came from the reader, and it reads a document's recorded copy first.
 */
import type { DraftDocument } from "../model/document";
import { chooseCentreWith, type CentreReader, type ChosenCentre } from "./choose-centre";

export { catalogueWithCentre, type ChosenCentre } from "./choose-centre";

let reader: CentreReader | null = null;

export function chooseCentre(doc: DraftDocument, given: unknown): ChosenCentre {
  return chooseCentreWith(reader, doc, given);
}

export function setCentreReader(loaded: CentreReader): void {
  reader = loaded;
}
