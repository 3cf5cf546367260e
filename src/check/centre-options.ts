/**
 * Which centre template a check follows: the one the host gives (the pane's, `ilm-check
 * --centre`), else the one the document records (made from a centre template, src/word/doc-store.ts
 * in Word, the custom XML part in a .docx). A template given by the host must be valid (the
 * caller validated it); a damaged copy in a document is set aside with a notice, never applied.
 */
import type { DraftDocument } from "../model/document";
import { StoreKeys } from "../model/document-store";
import type { Unit } from "../units/types";
import { centreUnit } from "../centre/apply";
import { parseCentreTemplate, tryParseCentreTemplate } from "../centre/parse";
import type { CentreTemplate } from "../centre/schema";

export interface ChosenCentre {
  template: CentreTemplate | null;
  source?: "given" | "document";
  /** Why the document's copy was set aside. */
  notice?: string;
}

export function chooseCentre(doc: DraftDocument, given: unknown): ChosenCentre {
  if (given !== undefined && given !== null) return { template: parseCentreTemplate(given), source: "given" };
  const kept = doc.addInData?.[StoreKeys.centreTemplate];
  if (kept === undefined || kept === null) return { template: null };
  const read = tryParseCentreTemplate(kept);
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
