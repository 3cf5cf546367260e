import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, Label, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { TextQuote20Regular } from "../icons";
import type { FormattedText } from "../../harvard/format/harvard-format";
import { usePane } from "../state";
import type { LibraryState } from "./ReferencesView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "1.5em",
  },
  sources: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** Insert citation: one or several sources, parenthetical or narrative, with a page. */
export function CitePanel({ lib }: { lib: LibraryState }) {
  const styles = useStyles();
  const { state, actions } = usePane();
  const [chosen, setChosen] = useState<string[]>([]);
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

  if (!items.length) return <Body1>Add your sources on the Sources tab first; then cite them here.</Body1>;

  return (
    <div className={styles.panel}>
      {/* A group, not a Field: a Field gives its one control id to every checkbox inside it. */}
      <div role="group" aria-labelledby="cite-sources" aria-describedby="cite-sources-hint" className={styles.sources}>
        <Label id="cite-sources">Sources to cite</Label>
        <Caption1 id="cite-sources-hint">Tick one, or several for a citation like (Starr, 2016; Whitmore, 2017).</Caption1>
          {items.map((it) => (
            <Checkbox
              key={it.id}
              label={labels.get(it.id)}
              checked={chosen.includes(it.id)}
              onChange={(_, d) => setChosen((c) => (d.checked ? [...c, it.id] : c.filter((x) => x !== it.id)))}
            />
          ))}
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
          if (done) await actions.refresh();
        }}
      >
        Insert at the cursor
      </Button>
    </div>
  );
}
