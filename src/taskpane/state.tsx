import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { UserStore } from "../office/storage";
import type { Engine } from "./backend";
import type { PaneState } from "./model/pane-reducer";
import { createPaneController, type PaneActions, type Prefs } from "./pane-controller";

export type { PaneState, ReferencesSection, TabId } from "./model/pane-reducer";
export type { PaneActions, Prefs } from "./pane-controller";

const PaneContext = createContext<{ state: PaneState; actions: PaneActions } | null>(null);

export function usePane(): { state: PaneState; actions: PaneActions } {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane outside PaneProvider");
  return v;
}

/** Gives the views the pane's state (model/pane-reducer.ts) and actions (pane-controller.ts). */
export function PaneProvider(props: { loadEngine: () => Promise<Engine>; prefs: UserStore<Prefs>; children: ReactNode }) {
  const [controller] = useState(() => createPaneController({ loadEngine: props.loadEngine, prefs: props.prefs }));
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useEffect(() => controller.start(), [controller]);
  const value = useMemo(() => ({ state, actions: controller.actions }), [state, controller]);
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}
