import { useMemo, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Report } from "../../check/rules";
import type { FormattedEntry } from "../../harvard/format/harvard-format";
import { plural } from "../model/summary";
import { usePane } from "../state";
import { workKey } from "../../harvard/match";
import { itemWorkKey } from "./backend";
import { diffReferenceList, type DiffRow } from "./diff";
import type { LibraryState } from "./ReferencesView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  old: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "starr 2016" for every work the draft cites directly (not the original of a "cited in"). */
function citedWorkKeys(report: Report | null): Set<string> {
  const keys = new Set<string>();
  for (const c of report?.citations ?? []) {
    if (c.secondary) continue;
    // "2009a" and "2009" are the same work's year for this purpose.
    keys.add(workKey(c.authors[0] ?? "", c.year.replace(/(\d{4})[a-z]$/, "$1")));
  }
  return keys;
}

const BADGE: Record<DiffRow["kind"], { label: string; colour: "success" | "warning" | "danger" | "informative" }> = {
  same: { label: "Unchanged", colour: "success" },
  changed: { label: "Reformatted", colour: "warning" },
  added: { label: "New", colour: "informative" },
  removed: { label: "Will be removed", colour: "danger" },
};

/** Update reference list: the new list against the typed one, replaced only when the learner asks. */
export function ReferenceListPanel({ lib, onOpenSources }: { lib: LibraryState; onOpenSources?: () => void }) {
  const styles = useStyles();
  const { state, actions } = usePane();
  const [citedOnly, setCitedOnly] = useState(true);
  const [rows, setRows] = useState<DiffRow[] | null>(null);
  const [entries, setEntries] = useState<FormattedEntry[]>([]);

  const citedKeys = useMemo(() => citedWorkKeys(state.report), [state.report]);
  const chosenItems = useMemo(
    () => (citedOnly ? lib.library.items.filter((it) => citedKeys.has(itemWorkKey(it))) : lib.library.items),
    [citedOnly, citedKeys, lib.library.items],
  );

  const compare = async () => {
    // A fresh check first, so "cited" and the current list reflect the draft as it is now.
    const report = await actions.check();
    const fromReport = report?.references.filter((r) => r.list === "references").map((r) => r.text) ?? [];
    const current = fromReport.length ? fromReport : await actions.run("Read the reference list", () => lib.backend.readReferenceList());
    if (current === undefined) return;
    const keys = citedWorkKeys(report);
    const items = citedOnly ? lib.library.items.filter((it) => keys.has(itemWorkKey(it))) : lib.library.items;
    const next = lib.format.createFormatter(items).bibliography();
    setEntries(next);
    setRows(diffReferenceList(current, next));
  };

  const replace = async (options?: { trackChangesOff?: boolean }): Promise<void> => {
    const done = await actions.run(
      "Update reference list",
      () => lib.backend.replaceReferenceList(entries, options),
      () => replace({ trackChangesOff: true }),
    );
    if (done) {
      setRows(null);
      await actions.refresh();
      actions.confirm(done.message);
    }
  };

  if (!lib.library.items.length) {
    return (
      <div className={styles.panel}>
        <Body1>Add your sources (or import the list you typed); the add-in then builds the reference list for you.</Body1>
        {onOpenSources && (
          <div className={styles.buttons}>
            <Button onClick={onOpenSources}>Go to Your sources</Button>
          </div>
        )}
      </div>
    );
  }
  const removed = rows?.filter((r) => r.kind === "removed").length ?? 0;
  const changes = rows?.filter((r) => r.kind !== "same").length ?? 0;

  return (
    <div className={styles.panel}>
      <Switch
        checked={citedOnly}
        onChange={(_, d) => {
          setCitedOnly(d.checked);
          setRows(null);
        }}
        label="Only sources cited in the draft"
      />
      {citedOnly && !state.report && <Caption1>Run Check my draft first so the add-in knows which sources you cite.</Caption1>}
      <Body1>
        {plural(chosenItems.length, "source")} will be listed, in Cite Them Right Harvard order.
      </Body1>
      <div className={styles.buttons}>
        <Button onClick={() => void compare()} disabled={!!state.busy}>
          Compare with my reference list
        </Button>
      </div>
      {rows && (
        <>
          <ul className={styles.list} aria-label="Changes to the reference list">
            {rows.map((r, i) => (
              <li key={i} className={styles.row} data-diff={r.kind}>
                <Badge appearance="tint" color={BADGE[r.kind].colour} size="small">
                  {BADGE[r.kind].label}
                </Badge>
                {r.kind === "changed" && <Caption1 className={styles.old}>{r.current}</Caption1>}
                <Caption1>{r.next ?? r.current}</Caption1>
              </li>
            ))}
          </ul>
          {removed > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {plural(removed, "line")} in your list {removed === 1 ? "is" : "are"} not among these sources and would be removed. Add {removed === 1 ? "it" : "them"} under Your sources first if you cite {removed === 1 ? "it" : "them"}.
              </MessageBarBody>
            </MessageBar>
          )}
          {changes === 0 ? (
            <Caption1>Your reference list is already up to date.</Caption1>
          ) : (
            <Button appearance="primary" onClick={() => void replace()} disabled={!!state.busy}>
              Replace reference list
            </Button>
          )}
        </>
      )}
    </div>
  );
}
