import { el } from "../taskpane/first-view/dom";
import type { ThemeName } from "../taskpane/theme-name";
import type { PreviewDocument } from "./preview-document";
import { openPreviewDocument } from "./open-document";

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
          { class: "fv-preview-document", attrs: { "aria-label": "Document (preview)" } },
          el("div", { class: "fv-page", attrs: { "aria-busy": "true" } }, ...doc.memory.paragraphs.map((p) => el("p", { class: heading(p.style) }, p.text))),
        ),
        pane,
      ),
    ),
  );
  return pane;
}
