import { useEffect, useMemo, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceLibrary } from "../../harvard/library/library";
import { usePane, type ReferencesSection } from "../state";
import type { ReferencesBackend } from "./backend";
import { CitePanel } from "./CitePanel";
import { ReferenceListPanel } from "./ReferenceListPanel";
import { SourcesPanel } from "./SourcesPanel";

type FormatModule = typeof import("../../harvard/format/harvard-format");

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface LibraryState {
  library: SourceLibrary;
  /** false: Word could not store the library in the document; it lasts for this session. */
  stored: boolean;
  save(next: SourceLibrary): Promise<void>;
  format: FormatModule;
  backend: ReferencesBackend;
}

/** The References tab: the source library, Insert citation and Update reference list. */
export function ReferencesView() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const [loaded, setLoaded] = useState<{ backend: ReferencesBackend; format: FormatModule } | null>(null);
  const [section, setSection] = useState<ReferencesSection>(state.referencesSection);
  const engine = state.engine;
  const sources = state.sources;

  useEffect(() => {
    if (!engine) return;
    let cancelled = false;
    void actions.run("Load your sources", async () => {
      // Citation formatting (citeproc-js) is the heaviest part of the add-in: fetched only now.
      const [backend, format] = await Promise.all([actions.loadSources(), import(/* webpackChunkName: "harvard-format" */ "../../harvard/format/harvard-format")]);
      if (!cancelled) setLoaded({ backend, format });
    });
    return () => {
      cancelled = true;
    };
  }, [engine, actions]);

  // The library lives in the pane's state, so it outlasts this view when the learner changes tab.
  const libState: LibraryState | null = useMemo(() => {
    if (!loaded || !sources) return null;
    return { library: sources.library, stored: sources.stored, format: loaded.format, backend: loaded.backend, save: actions.saveSources };
  }, [loaded, sources, actions]);

  if (!libState) return state.error ? null : <Spinner size="tiny" label="Loading your sources…" />;
  return (
    <div className={styles.view}>
      <TabList size="small" selectedValue={section} onTabSelect={(_, d) => setSection(d.value as ReferencesSection)} aria-label="References tools">
        <Tab value="sources">Sources</Tab>
        <Tab value="cite">Insert citation</Tab>
        <Tab value="list">Reference list</Tab>
      </TabList>
      {section === "sources" && <SourcesPanel lib={libState} />}
      {section === "cite" && <CitePanel lib={libState} />}
      {section === "list" && <ReferenceListPanel lib={libState} />}
    </div>
  );
}

export default ReferencesView;
