import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, Label, SearchBox, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { TextQuote20Regular } from "../icons";
import type { FormattedText } from "../../harvard/format/harvard-format";
import { usePane } from "../state";
import type { LibraryState } from "./ReferencesView";
import { citedThisSession, matchesSource, recentSources, rememberCited } from "./cite-search";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "1.5em",
  },
  sources: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  search: { width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  more: { alignSelf: "flex-start" },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** More sources than this and the list starts with the recent ones and a search, not every checkbox. */
const SHORT_LIBRARY = 12;
/** A search shows at most this many matches; more means the learner should type another word. */
const MAX_MATCHES = 50;

/** Insert citation: one or several sources, parenthetical or narrative, with a page; a search and the recent sources for a long library. */
export function CitePanel({ lib, onOpenSources }: { lib: LibraryState; onOpenSources?: () => void }) {
  const styles = useStyles();
  const { state, actions } = usePane();
  const [chosen, setChosen] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [showAll, setShowAll] = useState(false);
  const [narrative, setNarrative] = useState(false);
  const [page, setPage] = useState("");
  const items = lib.library.items;
  const formatter = useMemo(() => lib.format.createFormatter(items), [lib.format, items]);
  const labels = useMemo(() => {
    const m = new Map<string, string>();
    for (const it of items) {
      try {
        m.set(it.id, `${formatter.citation([{ id: it.id }]).text} ${it.title ?? ""}`.trim());
      } catch {
        m.set(it.id, it.title ?? it.id);
      }
    }
    return m;
  }, [formatter, items]);

  const { citation, problem } = useMemo((): { citation: FormattedText | null; problem: string | null } => {
    if (!chosen.length) return { citation: null, problem: null };
    try {
      const refs = chosen.map((id, i) => ({ id, locator: i === 0 && page.trim() ? page.trim() : undefined }));
      return { citation: formatter.citation(refs, { narrative }), problem: null };
    } catch (err) {
      return { citation: null, problem: err instanceof Error ? err.message : "That citation could not be formatted." };
    }
  }, [chosen, narrative, page, formatter]);

  const recent = useMemo(() => recentSources(items, citedThisSession(), state.report), [items, state.report]);
  const long = items.length > SHORT_LIBRARY;
  const matches = useMemo(() => (query.trim() ? items.filter((it) => matchesSource(it, query)) : []), [items, query]);
  const listed = query.trim()
    ? matches.slice(0, MAX_MATCHES)
    : long && !showAll
      ? // The ticked sources stay in view with the recent ones.
        [...items.filter((it) => chosen.includes(it.id) && !recent.includes(it)), ...recent]
      : items;

  if (!items.length) {
    return (
      <div className={styles.panel}>
        <Body1>Add your sources first; then cite them here.</Body1>
        {onOpenSources && (
          <Button className={styles.more} onClick={onOpenSources}>
            Go to Your sources
          </Button>
        )}
      </div>
    );
  }

  return (
    <div className={styles.panel}>
      {long && (
        <SearchBox
          className={styles.search}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="Author, title or year"
          aria-label={`Search your ${items.length} sources`}
        />
      )}
      {/* A group, not a Field: a Field gives its one control id to every checkbox inside it. */}
      <div role="group" aria-labelledby="cite-sources" aria-describedby="cite-sources-hint" className={styles.sources}>
        <Label id="cite-sources">{query.trim() ? "Sources found" : long && !showAll ? "Recent sources" : "Sources to cite"}</Label>
        <Caption1 id="cite-sources-hint" role="status">
          {query.trim()
            ? matches.length === 0
              ? "No source matches: try the author's surname or a word of the title."
              : matches.length > MAX_MATCHES
                ? `The first ${MAX_MATCHES} of ${matches.length} matches: type another word to narrow them.`
                : `${matches.length === 1 ? "1 source matches" : `${matches.length} sources match`}. Tick one, or several for a citation like (Starr, 2016; Whitmore, 2017).`
            : long && !showAll
              ? recent.length
                ? "Cited lately, or already in your draft. Search to find any other."
                : "Search to find a source, or show them all."
              : "Tick one, or several for a citation like (Starr, 2016; Whitmore, 2017)."}
        </Caption1>
        {listed.map((it) => (
          <Checkbox
            key={it.id}
            label={labels.get(it.id)}
            checked={chosen.includes(it.id)}
            onChange={(_, d) => setChosen((c) => (d.checked ? [...c, it.id] : c.filter((x) => x !== it.id)))}
          />
        ))}
        {long && !query.trim() && (
          <Button className={styles.more} size="small" appearance="subtle" onClick={() => setShowAll((v) => !v)}>
            {showAll ? "Show the recent sources only" : `Show all ${items.length} sources`}
          </Button>
        )}
      </div>
      <Switch checked={narrative} onChange={(_, d) => setNarrative(d.checked)} label="Narrative: Starr (2016) argues…" />
      <Field label="Page or pages" hint={chosen.length > 1 ? "Applies to the first source ticked." : "For a quotation or a specific point, for example 42 or 42-45."}>
        <Input value={page} onChange={(_, d) => setPage(d.value)} />
      </Field>
      <div className={styles.sources}>
        <Label id="cite-preview">Citation</Label>
        <div className={styles.preview} aria-labelledby="cite-preview" role="status" data-testid="citation-preview">
          {citation ? citation.text : problem ? <Caption1 className={styles.problem}>{problem}</Caption1> : <Caption1>Tick a source to see the citation.</Caption1>}
        </div>
      </div>
      <Button
        appearance="primary"
        icon={<TextQuote20Regular />}
        disabled={!citation || !!state.busy}
        onClick={async () => {
          if (!citation) return;
          const done = await actions.run("Insert citation", async () => {
            await lib.backend.insertCitation(citation);
            return true;
          });
          if (done) {
            rememberCited(chosen);
            await actions.refresh();
            actions.confirm(`Inserted ${citation.text} in your document, with the cursor after it.`);
          }
        }}
      >
        Insert at the cursor
      </Button>
    </div>
  );
}
