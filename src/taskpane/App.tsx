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
import type { PaneController } from "./pane-controller";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { retryableLazy } from "./components/retryable-lazy";
import { Messages } from "./components/Messages";
import { RoleSwitch } from "./components/RoleSwitch";
import { ReadyMark } from "./components/ReadyMark";
import { useFocusRingStyles } from "./components/focus-styles";
import { PaneProvider, usePane, type TabId } from "./state";
import { useAfterFirstPaint } from "./components/use-after-first-paint";
import { prefetchAfterFirstPaint } from "./prefetch";
import { loadCheck, loadStart } from "./chunk-loaders";

// The views need the engine's data, so they load once the document has been read, each in its
// own chunk: the first view fetches only what it shows (the preview starts it sooner: early-fetch.ts).
// The rest are fetched once the first view is on screen (prefetch.ts), or when opened.
const loadSubmit = () => import(/* webpackChunkName: "view-submit" */ "./views/SubmitView");
const loadReferences = () => import(/* webpackChunkName: "references" */ "./references/ReferencesView");
const loadTutor = () => import(/* webpackChunkName: "tutor" */ "./tutor/TutorPane");
const loadCentre = () => import(/* webpackChunkName: "centre" */ "./centre/CentrePane");
const loadHelp = () => import(/* webpackChunkName: "help" */ "./components/HelpMenu");
const loadAbout = () => import(/* webpackChunkName: "about" */ "./about/AboutDialog");
const StartView = retryableLazy(() => loadStart().then((m) => ({ default: m.StartView })), () => loadStart.peek()?.StartView);
const CheckView = retryableLazy(() => loadCheck().then((m) => ({ default: m.CheckView })), () => loadCheck.peek()?.CheckView);
const SubmitView = retryableLazy(() => loadSubmit().then((m) => ({ default: m.SubmitView })));
const ReferencesView = retryableLazy(loadReferences);
// The tutor's and the centre's views load only when that role is chosen.
const TutorPane = retryableLazy(loadTutor);
const CentrePane = retryableLazy(loadCentre);
// The Help menu is drawn once the first view is on screen (Fluent's Menu would weigh on it).
// Offline when it is fetched: the disabled Help button stays, rather than the pane giving way to an error.
const HelpMenu = lazy(() => loadHelp().catch(() => ({ default: HelpUnavailable })));
// Help > About (and Fluent's dialog code), loaded when asked for, not with the pane's first paint.
const AboutDialog = retryableLazy(loadAbout);
// Help > Run diagnostics, loaded when asked for.
const DiagnosticsDialog = retryableLazy(() => import(/* webpackChunkName: "diagnostics" */ "./diagnostics/DiagnosticsDialog"));
/** Fetched after the first view is painted, most likely first. */
const PREFETCH = [loadHelp, loadCheck, loadStart, loadSubmit, loadReferences, loadTutor, loadCentre, loadAbout];

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
  /** Started already: the first view (first-view/render.ts) read the document with it. */
  controller: PaneController;
  theme: Theme;
  /** A line under the title, for a host that needs one (the preview says it once, in its own bar). */
  banner?: string;
  /** Inside the preview page the pane is a region, not the page's main landmark. */
  embedded?: boolean;
  /** Open Help > Run diagnostics as soon as the pane is ready (the preview's ?diagnostics=1). */
  openDiagnostics?: boolean;
}

const helpPlaceholder = (
  <Button appearance="subtle" size="small" disabled>
    Help
  </Button>
);

function HelpUnavailable(_props: Parameters<typeof import("./components/HelpMenu").default>[0]) {
  return helpPlaceholder;
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
  // The first view's code loads when the document has been read and the view chosen; the others once it is on screen.
  useEffect(() => prefetchAfterFirstPaint(PREFETCH), []);
  const painted = useAfterFirstPaint();
  const body =
    state.role === "tutor" ? <TutorPane /> : state.role === "centre" ? <CentrePane /> : panels[state.tab];
  return (
    <>
      <div className={styles.top}>
        <RoleSwitch role={state.role} onChange={actions.chooseRole} />
        {painted ? (
          <Suspense fallback={helpPlaceholder}>
            <HelpMenu buttonRef={helpButton} disabled={!ready} onAbout={() => setAbout(true)} onRunDiagnostics={() => setDiagnostics(true)} />
          </Suspense>
        ) : (
          helpPlaceholder
        )}
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
      {/* While the document is first read, only the spinner: the view it chooses loads after. */}
      {ready && state.busy !== "Loading" && (
        <div role={state.role === "learner" ? "tabpanel" : "region"} aria-label={state.role === "learner" ? state.tab : `${state.role} tools`}>
          <ErrorBoundary resetKey={state.role === "learner" ? state.tab : state.role}>
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              {body}
              {/* Usable once the document has been read and the view it chose is on screen. */}
              <ReadyMark />
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
          <PaneProvider controller={props.controller}>
            <PaneBody openDiagnostics={props.openDiagnostics} />
          </PaneProvider>
        </ErrorBoundary>
      </Landmark>
      </div>
    </FluentProvider>
  );
}

