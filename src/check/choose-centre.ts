/**
 * Which centre template a check follows, given a reader of templates: the one the host gives, else
 * the one the document records. centre-options.ts (Node, Jest) passes the template schema's reader
 * itself; the pane's build (centre-options.web.ts) passes the one it fetched on demand, so zod is
 * not in the pane's engine chunk. A damaged copy in a document is set aside with a notice.
 */
import type { DraftDocument } from "../model/document";
import { StoreKeys } from "../model/document-store";
import type { CentreTemplateError } from "../centre/centre-template-error";
import type { CentreTemplate } from "../centre/schema";
import { centreUnit } from "../centre/apply";
import type { Unit } from "../units/types";

export interface ChosenCentre {
  template: CentreTemplate | null;
  source?: "given" | "document";
  /** Why the document's copy was set aside. */
  notice?: string;
}

/** Reads a template: parse throws a CentreTemplateError, tryParse returns it. */
export interface CentreReader {
  parse(input: unknown): CentreTemplate;
  tryParse(input: unknown): { template: CentreTemplate } | { error: CentreTemplateError };
}

/** `reader` null: no template can be read yet, which is only an error when there is one to read. */
export function chooseCentreWith(reader: CentreReader | null, doc: DraftDocument, given: unknown): ChosenCentre {
  const kept = doc.addInData?.[StoreKeys.centreTemplate];
  const toRead = given !== undefined && given !== null ? given : kept;
  if (toRead === undefined || toRead === null) return { template: null };
  if (!reader) throw new Error("A centre template was to be checked before the template reader was loaded.");
  if (given !== undefined && given !== null) return { template: reader.parse(given), source: "given" };
  const read = reader.tryParse(kept);
  if ("error" in read) return { template: null, notice: `The centre template recorded in this document was not used: ${lowerFirst(read.error.message)}` };
  return { template: read.template, source: "document" };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The catalogue as the centre's learners see it: the template's unit replaced by the centre's version of it. */
export function catalogueWithCentre(catalogue: readonly Unit[], template: CentreTemplate | null): readonly Unit[] {
  if (!template) return catalogue;
  return catalogue.map((u) => (u.id === template.unit ? centreUnit(template, u) : u));
}
