/**
 * Reading centre templates in the pane: the template schema and zod, in a chunk of their own that
 * engine.ts fetches only when a template is read (one built into the add-in, one recorded in the
 * document, or one opened or edited in Centre mode), never on a plain start. Loading it also hands
 * the reader to the checks (src/check/centre-options.web.ts in the pane's build).
 * (zod's jitless mode is already set by boot.ts, through zod-jitless.ts.)
 */
import { parseCentreTemplate, tryParseCentreTemplate } from "../../centre/parse";
import { setCentreReader } from "../../check/centre-options";

setCentreReader({ parse: parseCentreTemplate, tryParse: tryParseCentreTemplate });

export { parseCentreTemplate };
export { readDeployedTemplates } from "../../centre/deployed";
