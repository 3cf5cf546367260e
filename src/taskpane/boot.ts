// First: the chunks the first view needs start on their way before anything else is evaluated.
import "./early-fetch";
// Before any zod schema is built (the pane runs under a CSP that forbids eval).
import "./zod-jitless";
import "./first-view/first-view.css";
import { currentOfficeTheme, detectEnvironment } from "../office/environment";
import { openUserStore } from "../office/storage";
import { openBrowserStore } from "../office/browser-store";
import { loadEngineModule, loadFullPane, loadPreviewModule } from "./chunk-loaders";
import { createPaneController, type Prefs } from "./pane-controller";
import { startPane } from "./first-view/take-over";
import { prefersForcedColors, themeFromOffice } from "./theme-name";

/**
 * No React here: the entry draws the first view itself (first-view/render.ts) and React, Fluent UI
 * and the full pane follow once it is on screen (first-view/take-over.ts).
 */
async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const environment = await detectEnvironment();
  // Outside Office the preview keeps settings in localStorage itself, without Office's helpers.
  const prefs = environment.kind === "browser" ? openBrowserStore<Prefs>() : await openUserStore<Prefs>();

  if (environment.kind === "browser") {
    // Outside Office: the preview with the sample draft, in its own chunk so Word users never load it.
    const { startPreview } = await loadPreviewModule();
    await startPreview(container, prefs);
    return;
  }
  const theme = themeFromOffice(currentOfficeTheme(), prefersForcedColors());
  if (environment.kind === "other-office") {
    const { mountNotWord } = await loadFullPane();
    await mountNotWord(container, theme, environment.officeApp ?? "this application");
    return;
  }
  const controller = createPaneController({
    loadEngine: async () => (await loadEngineModule()).createOfficeEngine(),
    prefs,
  });
  await startPane({
    controller,
    theme,
    paneElement: container,
    mountFull: async (committed) => (await loadFullPane()).mountPane(container, controller, theme, committed),
  });
}

boot().catch((err) => {
  // Last resort: never leave the learner with a blank pane.
  console.error("ILM Assignment Assistant failed to start:", err);
  const el = document.getElementById("root");
  if (el) {
    el.textContent =
      "The ILM Assignment Assistant could not start. Close the pane and open it again from the Home tab; if that does not help, restart Word.";
  }
});
