/**
 * "Insert template" for a centre's template: the centre's version of the unit, options and
 * additions go in as any template does (insert-template.ts: nothing the learner wrote is touched),
 * then the template itself is recorded in the document (centre-store.ts) so every later check, in
 * Word or `ilm-check`, follows its word range, guidance and Harvard settings. The caller
 * (the pane's engine) resolves the centre template; this layer never reads template files.
 */
import type { TemplateCustomisation, TemplateOptions } from "../core/template";
import type { Unit } from "../units/types";
import { saveCentreTemplate } from "./centre-store";
import { insertTemplate, type InsertTemplateResult } from "./insert-template";
import type { WordRunner } from "./word-runner";

export interface CentreInsertResult extends InsertTemplateResult {
  /** false when this Word could not record the template in the document (the note says what that means). */
  recorded: boolean;
}

export async function insertCentreTemplate(
  word: WordRunner,
  unit: Unit,
  options: TemplateOptions,
  custom: TemplateCustomisation,
  /** The validated centre template, kept whole in the document. */
  record: object,
): Promise<CentreInsertResult> {
  const result = await insertTemplate(word, unit, options, custom);
  if (result.outcome === "refused") return { ...result, recorded: false };
  const recorded = await saveCentreTemplate(word, record);
  const who = custom.centre ? custom.centre.name : "your centre";
  const message = `${result.message} It is ${who}'s version, with its cover sheet, guidance and settings.`;
  return {
    ...result,
    recorded,
    message: recorded
      ? message
      : `${message} This version of Word cannot record the centre's template in the document, so the pane applies its settings only while the template is chosen here.`,
  };
}
