/**
 * Starts fetching the chunks the pane's first view needs as soon as the entry begins to run, all
 * at once, instead of one round after another (the entry, then the host's code, then the engine
 * once the pane has mounted, then the view once the document has been read). Imported first by
 * boot.tsx, so the requests go out before React and Fluent UI are even evaluated.
 *
 * Every host needs the engine. Without office.js (the browser preview) the preview's code is
 * needed too, and its address says which document it opens, so which view comes first: the Unit
 * view for a blank document, the Check view for the sample draft. Inside Word the first view
 * depends on the document, which is not read yet, so nothing is guessed there. A failure here is
 * silent: whoever needs the chunk asks again, and says so if it still cannot be fetched.
 */
import { officeScriptLoaded } from "../office/environment";
import { previewParams } from "./preview-address";
import { loadCheck, loadEngineModule, loadPreviewModule, loadStart } from "./chunk-loaders";

const quietly = (load: () => Promise<unknown>) => void load().catch(() => undefined);

export function fetchFirstChunks(): void {
  quietly(loadEngineModule);
  if (officeScriptLoaded()) return;
  quietly(loadPreviewModule);
  quietly(previewParams(globalThis.location?.search ?? "").blank ? loadStart : loadCheck);
}

fetchFirstChunks();
