import { lazy, Suspense, useEffect, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { UserStore } from "../office/storage";
import type { Engine } from "./backend";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Messages } from "./components/Messages";
import { RoleSwitch } from "./components/RoleSwitch";
import { ReadyMark } from "./components/ReadyMark";
import { useFocusRingStyles } from "./components/focus-styles";
import { PaneProvider, usePane, type Prefs, type TabId } from "./state";

// The views need the engine's data, so they load alongside it (started on mount) rather than
// before first paint. The References tab (source library, citation formatting) loads when opened.
let views: Promise<typeof import("./views/all-views")> | null = null;
const loadViews = () => (views ??= import(/* webpackChunkName: "views" */ "./views/all-views"));
const StartView = lazy(() => loadViews().then((m) => ({ default: m.StartView })));
const CheckView = lazy(() => loadViews().then((m) => ({ default: m.CheckView })));
const SubmitView = lazy(() => loadViews().then((m) => ({ default: m.SubmitView })));
const ReferencesView = lazy(() => import(/* webpackChunkName: "references" */ "./references/ReferencesView"));
// The tutor's and the centre's views load only when that role is chosen.
const TutorPane = lazy(() => import(/* webpackChunkName: "tutor" */ "./tutor/TutorPane"));
const CentrePane = lazy(() => import(/* webpackChunkName: "centre" */ "./centre/CentrePane"));
// The Help menu is drawn just after first paint (Fluent's Menu would weigh on it); diagnostics load when asked for.
const HelpMenu = lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpMenu"));
// Help > About (and Fluent's dialog code), loaded when asked for, not with the pane's first paint.
const AboutDialog = lazy(() => import(/* webpackChunkName: "about" */ "./about/AboutDialog"));
// Help > Run diagnostics, loaded when asked for.
const DiagnosticsDialog = lazy(() => import(/* webpackChunkName: "diagnostics" */ "./diagnostics/DiagnosticsDialog"));

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  busy: { alignSelf: "flex-start" },
});

export interface PaneProps {
  loadEngine: () => Promise<Engine>;
  prefs: UserStore<Prefs>;
  theme: Theme;
  /** A line under the title, for a host that needs one (the preview says it once, in its own bar). */
  banner?: string;
  /** Inside the preview page the pane is a region, not the page's main landmark. */
  embedded?: boolean;
  /** Open Help > Run diagnostics as soon as the pane is ready (the preview's ?diagnostics=1). */
  openDiagnostics?: boolean;
}

function PaneBody(props: { openDiagnostics?: boolean }) {
  const { state, actions } = usePane();
  const styles = useStyles();
  const ready = !!state.engine;
  const [diagnostics, setDiagnostics] = useState(!!props.openDiagnostics);
  const [about, setAbout] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const panels: Record<TabId, JSX.Element> = {
    start: <StartView />,
    check: <CheckView />,
    submit: <SubmitView />,
    references: <ReferencesView />,
  };
  useEffect(() => void loadViews().catch(() => undefined), []);
  const body =
    state.role === "tutor" ? <TutorPane /> : state.role === "centre" ? <CentrePane /> : panels[state.tab];
  return (
    <>
      <div className={styles.top}>
        <RoleSwitch role={state.role} onChange={actions.chooseRole} />
        <Suspense
          fallback={
            <Button appearance="subtle" size="small" disabled>
              Help
            </Button>
          }
        >
          <HelpMenu buttonRef={helpButton} disabled={!ready} onAbout={() => setAbout(true)} onRunDiagnostics={() => setDiagnostics(true)} />
        </Suspense>
      </div>
      {about && (
        <Suspense fallback={null}>
          <AboutDialog
            open
            onClose={() => {
              setAbout(false);
              // Back to the menu's button, as Fluent's dialogs return focus to what opened them.
              requestAnimationFrame(() => helpButton.current?.focus());
            }}
          />
        </Suspense>
      )}
      {diagnostics && state.engine && (
        <Suspense fallback={<Spinner size="tiny" label="Loading the diagnostics…" />}>
          <DiagnosticsDialog engine={state.engine} onClose={() => setDiagnostics(false)} />
        </Suspense>
      )}
      {state.role === "learner" && (
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, d) => actions.setTab(d.value as TabId)}
        aria-label="Sections of the assistant"
        disabled={!ready}
      >
        <Tab value="start">Unit</Tab>
        <Tab value="check">Check</Tab>
        <Tab value="submit">Submit</Tab>
        <Tab value="references">References</Tab>
      </TabList>
      )}
      <Messages />
      {state.busy && (
        <Spinner className={styles.busy} size="tiny" label={state.busy === "Loading" ? "Reading your document…" : `${state.busy}…`} />
      )}
      {ready && (
        <div role={state.role === "learner" ? "tabpanel" : "region"} aria-label={state.role === "learner" ? state.tab : `${state.role} tools`}>
          <ErrorBoundary>
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              {body}
              {/* Usable once the document has been read and the view it chose is on screen. */}
              {state.busy !== "Loading" && <ReadyMark />}
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </>
  );
}

export function Pane(props: PaneProps) {
  const styles = useStyles();
  const focusRing = useFocusRingStyles();
  const Landmark = props.embedded ? "section" : "main";
  return (
    // Layout lives on inner elements: FluentProvider copies its own classes onto popups' portals.
    <FluentProvider theme={props.theme}>
      <div className={mergeClasses(styles.provider, focusRing.root)}>
      <Landmark className={styles.pane} aria-label="ILM Assignment Assistant">
        <header className={styles.header}>
          <Text as="h1" weight="semibold" size={400} style={{ margin: 0 }}>
            ILM Assignment Assistant
          </Text>
          {props.banner && <Text size={200}>{props.banner}</Text>}
        </header>
        <ErrorBoundary>
          <PaneProvider loadEngine={props.loadEngine} prefs={props.prefs}>
            <PaneBody openDiagnostics={props.openDiagnostics} />
          </PaneProvider>
        </ErrorBoundary>
      </Landmark>
      </div>
    </FluentProvider>
  );
}

