/**
 * "The template as a Word file" for a unit, or for a centre's template: what `npm run template`
 * writes and the pane's Centre mode downloads.
 */
import { StoreKeys } from "../model/document-store";
import { centreCustomisation, centreTemplateOptions, centreUnit, recordedTemplate } from "../centre/apply";
import type { CentreTemplate } from "../centre/schema";
import type { TemplateOptions } from "../core/template";
import type { Unit } from "../units/types";
import { templateDocx } from "./write-template";

/** The pane's defaults for a learner: guidance, cover sheet, locked side-headings. */
export const DEFAULT_OPTIONS: TemplateOptions = { guidance: true, coverSheet: true, lockHeadings: true };

export function unitTemplateDocx(unit: Unit, options: TemplateOptions = DEFAULT_OPTIONS): Promise<Uint8Array> {
  return templateDocx({ unit, options });
}

/** A centre's template: its unit as the centre words it, its options and additions, and the template itself kept in the file. */
export function centreTemplateDocx(template: CentreTemplate): Promise<Uint8Array> {
  const unit = centreUnit(template);
  return templateDocx({
    unit,
    options: centreTemplateOptions(template),
    custom: centreCustomisation(template),
    store: { [StoreKeys.centreTemplate]: recordedTemplate(template) },
    creator: template.centre.name,
  });
}
