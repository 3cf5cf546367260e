/**
 * The centre templates built into this copy of the add-in (`npm run build -- --env centre=...`,
 * scripts/deploy-build.js): webpack replaces __ILM_CENTRE_TEMPLATES__ with the validated
 * templates. They are validated again here, as every template the pane takes in is; one that
 * fails (a hand-edited bundle) is left out with its sentence, never applied.
 */
import { tryParseCentreTemplate } from "./parse";
import type { CentreTemplate } from "./schema";

declare const __ILM_CENTRE_TEMPLATES__: unknown;

export interface DeployedTemplates {
  templates: CentreTemplate[];
  /** One sentence per template left out. */
  problems: string[];
}

export function readDeployedTemplates(raw: unknown = typeof __ILM_CENTRE_TEMPLATES__ === "undefined" ? [] : __ILM_CENTRE_TEMPLATES__): DeployedTemplates {
  const list = Array.isArray(raw) ? raw : [];
  const out: DeployedTemplates = { templates: [], problems: [] };
  for (const item of list) {
    const read = tryParseCentreTemplate(item);
    if ("template" in read) out.templates.push(read.template);
    else out.problems.push(`A centre template built into the add-in was left out: ${read.error.message.charAt(0).toLowerCase()}${read.error.message.slice(1)}`);
  }
  return out;
}
