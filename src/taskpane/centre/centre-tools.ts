/**
 * What the pane needs to work with centre templates, loaded with the engine (engine.ts builds it):
 * the templates built into this copy of the add-in, reading a template file, the unit, options and
 * blocks a template makes (for the editor's live preview) and the template as a Word file.
 */
import type { CentreTemplate } from "../../centre/schema";
import type { TemplateBlock, TemplateOptions } from "../../core/template";
import type { Unit } from "../../units/types";

export interface CentreTools {
  /** Built in with `npm run build -- --env centre=...`, validated; empty for the standard add-in. */
  deployed: CentreTemplate[];
  /** Sentences for deployed templates that were left out. */
  deployedProblems: string[];
  /**
   * The reader of templates (fetched on first use, with zod): from a file's text or parsed JSON;
   * it throws an error whose message is one sentence naming the field.
   */
  parser(): Promise<(input: unknown) => CentreTemplate>;
  /** The unit as the centre's learners answer it. */
  unitFor(template: CentreTemplate): Unit;
  /** The template options the centre fixes. */
  optionsFor(template: CentreTemplate): TemplateOptions;
  /** The blocks "Insert template" would write, for the live preview. */
  blocks(template: CentreTemplate): TemplateBlock[];
  /** The JSON file a centre saves (defaults written out, so the file says everything). */
  toJson(template: CentreTemplate): string;
  /** The template as a .docx, with the template recorded inside (the writer loads on first use). */
  docx(template: CentreTemplate): Promise<Uint8Array>;
}
