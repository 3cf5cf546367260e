import { loadEngineModule } from "../taskpane/chunk-loaders";
import type { Engine } from "../taskpane/backend";
import type { PreviewDocument } from "./preview-document";

/** The engine against the in-browser Word, as the pane inside Word has it against Word. */
export function previewEngineLoader(doc: PreviewDocument): () => Promise<Engine> {
  return async () => {
    const { createWordEngine } = await loadEngineModule();
    return createWordEngine({
      run: doc.run,
      isSetSupported: doc.memory.isSetSupported,
      watchChanges: (cb) => doc.onEdit(cb),
      host: () => ({
        host: "In-memory Word (browser preview)",
        platform: doc.memory.platform === "web" ? "Word on the web, as modelled" : "Word desktop, as modelled",
        version: "-",
        kind: doc.memory.platform,
      }),
    });
  };
}
