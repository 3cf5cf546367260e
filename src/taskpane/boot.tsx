// First: the chunks the first view needs start on their way before anything else is evaluated.
import "./early-fetch";
// Before any zod schema is built (the pane runs under a CSP that forbids eval).
import "./zod-jitless";
import { createRoot } from "react-dom/client";
import { currentOfficeTheme, detectEnvironment } from "../office/environment";
import { openUserStore } from "../office/storage";
import { openBrowserStore } from "../office/browser-store";
import { Pane } from "./App";
import { loadEngineModule, loadPreviewModule } from "./chunk-loaders";
import type { Prefs } from "./state";
import { NotWordMessage } from "./components/NotWordMessage";
import { loadTheme, prefersForcedColors, themeFromOffice } from "./theme";

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const environment = await detectEnvironment();
  // Outside Office the preview keeps settings in localStorage itself, without Office's helpers.
  const prefs = environment.kind === "browser" ? openBrowserStore<Prefs>() : await openUserStore<Prefs>();

  if (environment.kind === "browser") {
    // Outside Office: the preview with the sample draft, in its own chunk so Word users never load it.
    const { startPreview } = await loadPreviewModule();
    await startPreview(root, prefs);
    return;
  }
  const theme = await loadTheme(themeFromOffice(currentOfficeTheme(), prefersForcedColors()));
  if (environment.kind === "other-office") {
    root.render(<NotWordMessage theme={theme} officeApp={environment.officeApp ?? "this application"} />);
    return;
  }
  const loadEngine = async () => {
    const { createOfficeEngine } = await loadEngineModule();
    return createOfficeEngine();
  };
  root.render(<Pane loadEngine={loadEngine} prefs={prefs} theme={theme} />);
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
