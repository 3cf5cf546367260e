import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { PaneState } from "./model/pane-reducer";
import type { PaneActions, PaneController } from "./pane-controller";

export type { PaneState, ReferencesSection, TabId } from "./model/pane-reducer";
export type { PaneActions, Prefs } from "./pane-controller";

const PaneContext = createContext<{ state: PaneState; actions: PaneActions } | null>(null);

export function usePane(): { state: PaneState; actions: PaneActions } {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane outside PaneProvider");
  return v;
}

/**
 * Gives the views the pane's state (model/pane-reducer.ts) and actions (pane-controller.ts). The
 * controller is started before React is loaded (boot.ts): the first view reads the document with it.
 */
export function PaneProvider(props: { controller: PaneController; children: ReactNode }) {
  const { controller } = props;
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const value = useMemo(() => ({ state, actions: controller.actions }), [state, controller]);
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}
