import { useEffect, useMemo, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceLibrary } from "../../harvard/library/library";
import { emptyLibrary } from "../../harvard/library/library";
import { usePane, type ReferencesSection } from "../state";
import type { ReferencesBackend } from "./backend";
import { CitePanel } from "./CitePanel";
import { ReferenceListPanel } from "./ReferenceListPanel";
import { SourcesPanel } from "./SourcesPanel";

type FormatModule = typeof import("../../harvard/format");

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
  const [library, setLibrary] = useState<SourceLibrary>(emptyLibrary);
  const [stored, setStored] = useState(true);
  const [section, setSection] = useState<ReferencesSection>(state.referencesSection);
  const engine = state.engine;

  useEffect(() => {
    if (!engine) return;
    let cancelled = false;
    void actions.run("Load your sources", async () => {
      // Citation formatting (citeproc-js) is the heaviest part of the add-in: fetched only now.
      const [backend, format] = await Promise.all([engine.references(), import(/* webpackChunkName: "harvard-format" */ "../../harvard/format")]);
      const lib = await backend.loadLibrary();
      if (cancelled) return;
      setLoaded({ backend, format });
      setLibrary(lib ?? emptyLibrary());
      setStored(lib !== null);
    });
    return () => {
      cancelled = true;
    };
  }, [engine, actions]);

  const libState: LibraryState | null = useMemo(() => {
    if (!loaded) return null;
    return {
      library,
      stored,
      format: loaded.format,
      backend: loaded.backend,
      save: async (next) => {
        setLibrary(next);
        if (!stored) return;
        try {
          const ok = await loaded.backend.saveLibrary(next);
          if (!ok) setStored(false);
        } catch (err) {
          setStored(false);
          actions.run("Save your sources", () => Promise.reject(err));
        }
      },
    };
  }, [loaded, library, stored, actions]);

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
