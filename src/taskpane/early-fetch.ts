/**
 * Starts fetching the chunks the pane's first view needs as soon as the entry begins to run, all
 * at once, instead of one round after another (the entry, then the host's code, then the engine
 * once the document is to be read). Imported first by boot.ts.
 *
 * Every host needs the engine, which the page itself already fetches with the entry
 * (scripts/first-chunks-in-page.js): asking for it here then costs nothing, and still fetches it
 * where the page did not (a page built without that plugin, a failed fetch). Without office.js
 * (the browser preview) the preview's code is needed too. The first view itself is in the entry
 * (first-view/render.ts); the full pane's views follow it (first-view/take-over.ts). A failure here is silent: whoever needs the chunk asks again, and
 * says so if it still cannot be fetched.
 */
import { officeScriptLoaded } from "../office/environment";
import { loadEngineModule, loadPreviewModule } from "./chunk-loaders";

const quietly = (load: () => Promise<unknown>) => void load().catch(() => undefined);

export function fetchFirstChunks(): void {
  quietly(loadEngineModule);
  if (officeScriptLoaded()) return;
  quietly(loadPreviewModule);
}

fetchFirstChunks();
