import { useMemo, useState } from "react";
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { CslItem } from "../../harvard/library/csl";
import { yearOf } from "../../harvard/library/dates";
import { plural } from "../model/summary";
import type { LibraryState } from "./ReferencesView";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "Starr, J. (2016) The coaching manual…" as it will be listed; the title alone if the formatter cannot place it. */
function entryLabels(items: readonly CslItem[], format: LibraryState["format"]): Map<string, string> {
  const labels = new Map(items.map((it) => [it.id, `${it.title ?? it.id}${yearOf(it.issued) ? ` (${yearOf(it.issued)})` : ""}`]));
  try {
    for (const e of format.createFormatter(items).bibliography()) labels.set(e.id, e.text);
  } catch {
    // Keep the plain labels: the learner still sees what was found.
  }
  return labels;
}

/** What an import found, each entry ticked: the learner unticks any they do not want, then adds the rest. */
export function ImportPreview(props: {
  items: CslItem[];
  from: string;
  duplicates: number;
  format: LibraryState["format"];
  onAdd(items: CslItem[]): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const labels = useMemo(() => entryLabels(props.items, props.format), [props.items, props.format]);
  const chosen = props.items.filter((it) => !unticked.has(it.id));
  const already = props.duplicates ? ` (${plural(props.duplicates, "source")} already in your library)` : "";
  return (
    <section className={styles.box} aria-label="Sources found">
      <Caption1 role="status">
        {props.items.length
          ? `Found ${plural(props.items.length, "new source")} in ${props.from}${already}. Untick any you do not want.`
          : `Found no new sources in ${props.from}${already}.`}
      </Caption1>
      {props.items.length > 0 && (
        <div className={styles.list} role="group" aria-label="Sources to add">
          {props.items.map((it) => (
            <Checkbox
              key={it.id}
              label={labels.get(it.id)}
              checked={!unticked.has(it.id)}
              onChange={(_, d) =>
                setUnticked((u) => {
                  const next = new Set(u);
                  if (d.checked) next.delete(it.id);
                  else next.add(it.id);
                  return next;
                })
              }
            />
          ))}
        </div>
      )}
      <div className={styles.row}>
        {props.items.length > 0 && (
          <Button size="small" appearance="primary" disabled={chosen.length === 0} onClick={() => props.onAdd(chosen)}>
            Add {plural(chosen.length, "source")}
          </Button>
        )}
        <Button size="small" onClick={props.onCancel}>
          {props.items.length ? "Cancel" : "Close"}
        </Button>
      </div>
    </section>
  );
}
