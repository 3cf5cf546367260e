import { renderInPlace } from "../taskpane/full-pane";
import { loadTheme, type ThemeName } from "../taskpane/theme";
import type { PaneController } from "../taskpane/pane-controller";
import { PreviewApp } from "./PreviewApp";
import type { PreviewDocument } from "./preview-document";

/** The preview page drawn by React and Fluent UI, in place of the frame drawn before them (preview-frame.ts). */
export async function mountPreviewApp(
  container: HTMLElement,
  props: { doc: PreviewDocument; controller: PaneController; theme: ThemeName; blank: boolean; openDiagnostics: boolean; paneWidth: number },
  committed: () => void,
): Promise<void> {
  const theme = await loadTheme(props.theme);
  renderInPlace(
    container,
    <PreviewApp doc={props.doc} controller={props.controller} theme={theme} blank={props.blank} openDiagnostics={props.openDiagnostics} paneWidth={props.paneWidth} />,
    committed,
  );
}
