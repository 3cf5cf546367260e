/**
 * React's side of start-up (first-view/take-over.ts): React DOM, Fluent UI and the full pane, in
 * one chunk fetched once the first view is on screen.
 */
import { useLayoutEffect, type ReactElement, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { Pane } from "./App";
import { NotWordMessage } from "./components/NotWordMessage";
import type { PaneController } from "./pane-controller";
import { loadTheme } from "./theme";
import type { ThemeName } from "./theme-name";

/** Calls `committed` once React has put its first render on the page (and removed what was there). */
function Committed(props: { committed: () => void; children: ReactNode }) {
  const { committed } = props;
  useLayoutEffect(() => committed(), [committed]);
  return <>{props.children}</>;
}

/**
 * Draws `element` into `container` in place of the first view. createRoot's first render clears
 * what the container held ("React will clear all the existing HTML content inside the React root",
 * https://react.dev/reference/react-dom/client/createRoot#root-render), in the same commit.
 */
export function renderInPlace(container: HTMLElement, element: ReactElement, committed: () => void = () => undefined): void {
  createRoot(container).render(<Committed committed={committed}>{element}</Committed>);
}

/** The pane inside Word. */
export async function mountPane(container: HTMLElement, controller: PaneController, themeName: ThemeName, committed: () => void): Promise<void> {
  const theme = await loadTheme(themeName);
  renderInPlace(container, <Pane controller={controller} theme={theme} />, committed);
}

/** Opened in Excel, PowerPoint or Outlook: one sentence saying the add-in works in Word. */
export async function mountNotWord(container: HTMLElement, themeName: ThemeName, officeApp: string): Promise<void> {
  const theme = await loadTheme(themeName);
  renderInPlace(container, <NotWordMessage theme={theme} officeApp={officeApp} />);
}
