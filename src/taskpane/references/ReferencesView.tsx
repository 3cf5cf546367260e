import { useEffect, useMemo, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceLibrary } from "../../harvard/library/library";
import { usePane, type ReferencesSection } from "../state";
import type { ReferencesBackend } from "./backend";
import { CitePanel } from "./CitePanel";
import { formatInHouseStyle } from "./house-format";
import { ReferenceListPanel } from "./ReferenceListPanel";
import { SourcesPanel } from "./SourcesPanel";

type FormatModule = typeof import("../../harvard/format/harvard-format");

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The pane is narrow: the panel keeps a small inset rather than Fluent's default.
  panel: { marginLeft: tokens.spacingHorizontalS, marginRight: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
});

const SECTIONS: { id: ReferencesSection; title: (count: number) => string }[] = [
  { id: "sources", title: (n) => (n ? `Your sources (${n})` : "Your sources") },
  { id: "cite", title: () => "Insert citation" },
  { id: "list", title: () => "Reference list" },
];

export interface LibraryState {
  library: SourceLibrary;
  /** false: Word could not store the library in the document; it lasts for this session. */
  stored: boolean;
  save(next: SourceLibrary): Promise<void>;
  format: FormatModule;
  backend: ReferencesBackend;
}

/**
 * The References tab: the source library, Insert citation and Update reference list, as three
 * sections that open one at a time under the pane's one row of tabs (no tabs inside tabs).
 */
export function ReferencesView() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const [loaded, setLoaded] = useState<{ backend: ReferencesBackend; format: FormatModule } | null>(null);
  // The section open (one at a time); null when the learner closed it.
  const [section, setSection] = useState<ReferencesSection | null>(state.referencesSection);
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
  // In the house Harvard the learner's check follows: the centre template's, else Cite Them Right 12th.
  const harvard = state.centre?.harvard;
  const libState: LibraryState | null = useMemo(() => {
    if (!loaded || !sources) return null;
    return { library: sources.library, stored: sources.stored, format: formatInHouseStyle(loaded.format, harvard), backend: loaded.backend, save: actions.saveSources };
  }, [loaded, sources, actions, harvard]);

  if (!libState) return state.error ? null : <Spinner size="tiny" label="Loading your sources…" />;
  const panels: Record<ReferencesSection, JSX.Element> = {
    sources: <SourcesPanel lib={libState} />,
    cite: <CitePanel lib={libState} onOpenSources={() => setSection("sources")} />,
    list: <ReferenceListPanel lib={libState} onOpenSources={() => setSection("sources")} />,
  };
  return (
    <Accordion
      className={styles.view}
      collapsible
      openItems={section ? [section] : []}
      onToggle={(_, d) => setSection((d.openItems as ReferencesSection[]).find((x) => x !== section) ?? null)}
    >
      {SECTIONS.map(({ id, title }) => (
        <AccordionItem key={id} value={id} className={styles.item} data-section={id}>
          <AccordionHeader as="h2" size="medium" expandIconPosition="end">
            {title(libState.library.items.length)}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>{section === id && panels[id]}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

export default ReferencesView;
