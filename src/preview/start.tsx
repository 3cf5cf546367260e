import type { Root } from "react-dom/client";
import type { UserStore } from "../office/storage";
import { buildMemoryDocument, setCommentUser } from "../word-memory/memory-word";
import type { Prefs } from "../taskpane/state";
import { loadTheme, prefersDark, prefersForcedColors, type ThemeName } from "../taskpane/theme";
import { PreviewApp } from "./PreviewApp";
import { previewParams } from "../taskpane/preview-address";
import { PreviewDocument } from "./preview-document";
import { buildSampleDraft } from "./sample-draft";

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

/**
 * Opens the preview: the pane against the in-browser Word holding the sample draft (or a blank page
 * with ?doc=blank). ?wordapi=1.3 plays an older Word, which cannot keep ticks or sources in the document.
 * ?diagnostics=1 opens a blank document and runs Help > Run diagnostics against the in-browser Word;
 * ?platform=web makes a blank document play Word on the web's documented differences;
 * ?pane=450 sets the task pane's width.
 */
export async function startPreview(root: Root, prefs: UserStore<Prefs>): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const { diagnostics, blank, platform } = previewParams(window.location.search);
  const memory = blank ? buildMemoryDocument([], { platform }) : await buildSampleDraft();
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
  const themeName: ThemeName =
    asked === "dark" || asked === "light" || asked === "high-contrast"
      ? asked
      : prefersForcedColors()
        ? "high-contrast"
        : prefersDark()
          ? "dark"
          : "light";
  const theme = await loadTheme(themeName);
  // ?pane=450: the task pane's width in pixels, as a learner may drag Word's pane (280 to 640).
  const width = Number(params.get("pane"));
  const paneWidth = Number.isFinite(width) && width >= 280 && width <= 640 ? Math.round(width) : undefined;
  root.render(<PreviewApp doc={doc} prefs={prefs} theme={theme} blank={blank} openDiagnostics={diagnostics} paneWidth={paneWidth} />);
}
