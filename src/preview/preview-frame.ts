import { el } from "../taskpane/first-view/dom";
import type { ThemeName } from "../taskpane/theme-name";
import type { PreviewDocument } from "./preview-document";
import { openPreviewDocument } from "./open-document";
import { afterFirstPaint } from "../taskpane/first-paint";

/**
 * The document's paragraphs drawn with the pane's first view: more than a screenful. The rest follow
 * once the pane is on screen: laying out the whole sample (some 130 paragraphs) took longer than
 * drawing the pane, and inside Word the document costs the pane nothing.
 */
export const FIRST_SCREEN_PARAGRAPHS = 25;

/**
 * The preview page as it first appears, drawn without React: the bar, the document as text (not
 * yet editable) and the task pane's place, where the pane's first view is drawn (returned). React
 * and Fluent UI then draw the page again in full (PreviewApp.tsx), as its layout says.
 */
export function drawPreviewFrame(container: HTMLElement, options: { doc: PreviewDocument; blank: boolean; theme: ThemeName; paneWidth: number }): HTMLElement {
  const { blank, doc } = options;
  const pane = el("section", { class: "fv-preview-pane", attrs: { "aria-label": "Task pane" } });
  pane.style.width = `${options.paneWidth}px`;
  const heading = (style: string) => (style === "Title" ? "fv-doc-title" : /^Heading [123]$/.test(style) ? "fv-doc-heading" : undefined);
  const paragraphs = doc.memory.paragraphs.map((p) => ({ text: p.text, style: p.style }));
  const drawParagraph = (p: { text: string; style: string }) => el("p", { class: heading(p.style) }, p.text);
  const page = el("div", { class: "fv-page", attrs: { "aria-busy": "true" } }, ...paragraphs.slice(0, FIRST_SCREEN_PARAGRAPHS).map(drawParagraph));
  if (paragraphs.length > FIRST_SCREEN_PARAGRAPHS) void afterFirstPaint().then(() => page.append(...paragraphs.slice(FIRST_SCREEN_PARAGRAPHS).map(drawParagraph)));
  container.replaceChildren(
    el(
      "div",
      { class: `fv-preview fv-theme-${options.theme}` },
      el(
        "header",
        { class: "fv-preview-bar", attrs: { role: "banner" } },
        el("h1", {}, "Preview — not connected to Word"),
        el("span", { class: "fv-grow" }, `Try the add-in on ${blank ? "a blank document" : "a sample half-written 8580-500 draft"}. Nothing is saved.`),
        el("button", { class: "fv-button fv-small", attrs: { type: "button" }, on: { click: () => openPreviewDocument(!blank) } }, blank ? "Open the sample draft" : "Start a blank document"),
      ),
      el(
        "main",
        { class: "fv-preview-main" },
        el(
          "section",
          // Scrolls on its own: focusable, so the keyboard can scroll it too (axe: scrollable-region-focusable).
          { class: "fv-preview-document", attrs: { "aria-label": "Document (preview)", tabindex: "0" } },
          page,
        ),
        pane,
      ),
    ),
  );
  return pane;
}
