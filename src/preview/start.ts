import type { UserStore } from "../office/storage";
import { buildMemoryDocument, setCommentUser } from "../word-memory/memory-word";
import { createPaneController, type Prefs } from "../taskpane/pane-controller";
import { prefersDark, prefersForcedColors, type ThemeName } from "../taskpane/theme-name";
import { previewParams } from "../taskpane/preview-address";
import { startPane } from "../taskpane/first-view/take-over";
import { PreviewDocument } from "./preview-document";
import { buildSampleDraft } from "./sample-draft";
import { drawPreviewFrame } from "./preview-frame";
import { previewEngineLoader } from "./preview-engine";
import { loadEngineModule } from "../taskpane/chunk-loaders";

declare global {
  interface Window {
    /** Read-only look at the preview's document, for the browser tests and curious developers. */
    ilmPreview?: {
      paragraphs(): { text: string; style: string; tags: string[] }[];
      /** Word.run calls made so far (the double-click tests count them). */
      wordRuns(): number;
    };
  }
}

/** Word's default task pane width; ?pane=450 plays a pane the learner widened. */
export const DEFAULT_PANE_WIDTH = 320;

/**
 * Opens the preview: the pane against the in-browser Word holding the sample draft (or a blank page
 * with ?doc=blank). ?wordapi=1.3 plays an older Word, which cannot keep ticks or sources in the document.
 * ?diagnostics=1 opens a blank document and runs Help > Run diagnostics against the in-browser Word;
 * ?platform=web makes a blank document play Word on the web's documented differences;
 * ?pane=450 sets the task pane's width.
 *
 * As inside Word, the page is drawn first without React (preview-frame.ts and the pane's first
 * view), and React, Fluent UI and the editable page (PreviewApp.tsx) take over once it is on screen.
 */
export async function startPreview(container: HTMLElement, prefs: UserStore<Prefs>): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const { diagnostics, blank, platform } = previewParams(window.location.search);
  // Drawn once the engine is here as well (the page fetches it with the entry): the pane's first
  // view then opens on the check's result, rather than painting "Reading your document…" on the way,
  // a layout the learner cannot use. The boot message shows meanwhile; a failed fetch is the
  // controller's to report.
  const [memory] = await Promise.all([blank ? buildMemoryDocument([], { platform }) : buildSampleDraft(), loadEngineModule().catch(() => undefined)]);
  const wordApi = params.get("wordapi");
  // After the sample is built: its library was saved as a learner's newer Word would have.
  if (wordApi && /^1\.\d+$/.test(wordApi)) memory.requirements = { ...memory.requirements, WordApi: wordApi };
  // Word signs comments with the signed-in user's name; the preview's user is "you".
  setCommentUser(memory, { name: "You (preview)", email: "" });
  const doc = new PreviewDocument(memory);
  window.ilmPreview = {
    paragraphs: () => memory.paragraphs.map((p) => ({ text: p.text, style: p.style, tags: p.controls.map((c) => c.tag) })),
    wordRuns: () => memory.runCount,
  };
  const asked = params.get("theme");
  const theme: ThemeName =
    asked === "dark" || asked === "light" || asked === "high-contrast"
      ? asked
      : prefersForcedColors()
        ? "high-contrast"
        : prefersDark()
          ? "dark"
          : "light";
  // ?pane=450: the task pane's width in pixels, as a learner may drag Word's pane (280 to 640).
  const width = Number(params.get("pane"));
  const paneWidth = Number.isFinite(width) && width >= 280 && width <= 640 ? Math.round(width) : DEFAULT_PANE_WIDTH;
  const controller = createPaneController({ loadEngine: previewEngineLoader(doc), prefs });
  const paneElement = drawPreviewFrame(container, { doc, blank, theme, paneWidth });
  await startPane({
    controller,
    theme,
    paneElement,
    embedded: true,
    mountFull: async (committed) => {
      const { mountPreviewApp } = await import(/* webpackChunkName: "preview-app" */ "./mount-preview-app");
      await mountPreviewApp(container, { doc, controller, theme, blank, openDiagnostics: diagnostics, paneWidth }, committed);
    },
  });
}
