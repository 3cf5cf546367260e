/**
 * Start-up in two steps. The controller reads the document and the first view (render.ts) shows it
 * without React; once that view is on screen (or the learner's role has no first view of its own,
 * or the add-in could not start), React, Fluent UI and the full pane are fetched and take over the
 * page, carrying on with the same controller (the document is not read again), the view's code
 * fetched ahead so no spinner flashes, and the keyboard where the learner left it (handover.ts).
 */
import type { PaneController } from "../pane-controller";
import type { ThemeName } from "../theme-name";
import { afterFirstPaint } from "../first-paint";
import { focusTargetOf, restoreFocus, type FocusTarget } from "../handover";
import { loadCheck, loadStart } from "../chunk-loaders";
import { mountFirstView } from "./render";

export interface TakeOver {
  controller: PaneController;
  theme: ThemeName;
  /** Where the first view is drawn. */
  paneElement: HTMLElement;
  /** Inside the preview page the pane is a region, not the page's main landmark. */
  embedded?: boolean;
  /** Loads React and Fluent UI and draws the full pane; calls `committed` once React has put it on the page. */
  mountFull(committed: () => void): Promise<void>;
}

/** Resolves when the full pane should take over: after the first view is painted, or when there is none to wait for. */
function whenToTakeOver(controller: PaneController): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => {
      const s = controller.getState();
      // A tutor's or centre's view is React's alone; a pane that could not start has nothing more to show here.
      return s.role !== "learner" || (!!s.error && !s.engine);
    };
    if (settled()) return resolve();
    const stop = controller.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
    void afterFirstPaint().then(() => {
      stop();
      resolve();
    });
  });
}

export async function startPane(options: TakeOver): Promise<void> {
  const { controller } = options;
  controller.start();
  const view = mountFirstView(options.paneElement, controller, { theme: options.theme, embedded: options.embedded });
  let focus: FocusTarget | null = null;
  const remember = (e: FocusEvent) => {
    focus = focusTargetOf(e.target as Element | null);
  };
  document.addEventListener("focusin", remember);
  await whenToTakeOver(controller);
  // The view the full pane opens on, fetched with it, so it is drawn at once (chunk-loaders.ts: peek).
  const tab = controller.getState().tab;
  const view$ = tab === "start" ? loadStart() : tab === "check" ? loadCheck() : Promise.resolve();
  try {
    await view$.catch(() => undefined);
    await options.mountFull(() => {
      view.dispose();
      // For the browser tests of the full pane (tests/browser/steps.ts: openPane), as the ready mark is for the first view.
      document.documentElement.dataset.paneFull = "true";
      document.removeEventListener("focusin", remember);
      const active = document.activeElement;
      const pane = document.querySelector<HTMLElement>('[aria-label="ILM Assignment Assistant"]') ?? document.body;
      if (!active || active === document.body) restoreFocus(pane, focus);
    });
  } catch {
    view.unavailable("Part of the add-in could not be fetched, so only this view works. Check your connection, then close the pane and open it again.");
  }
}
