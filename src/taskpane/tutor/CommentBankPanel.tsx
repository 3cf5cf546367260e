import { useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, ArrowDownload16Regular, ArrowUpload16Regular, CommentAdd16Regular, Delete16Regular, Edit16Regular, Search16Regular } from "../icons";
import { searchSnippets, type Snippet } from "../../marking/comment-bank";
import { download } from "../components/download";
import { usePane } from "../state";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  hidden: { display: "none" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

/** How many snippets show before "Show more": the starter bank has over a hundred. */
const PAGE = 30;

type Editing = { id: string | null; text: string; ac: string };

export function CommentBankPanel() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const t = state.tutor;
  const unit = state.unit;
  const busy = !!state.busy;
  const file = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [shown, setShown] = useState(PAGE);
  const canComment = t.support?.comment !== false;

  const found = useMemo(
    () => (t.bank ? searchSnippets(t.bank, { unit: unit?.id ?? null, ac: t.bankAc, query: t.bankQuery }) : []),
    [t.bank, unit, t.bankAc, t.bankQuery],
  );

  const saveEdit = () => {
    if (!editing || !editing.text.trim()) return;
    const scope = editing.ac && unit ? { unit: unit.id, ac: editing.ac } : { unit: "", ac: "" };
    if (editing.id) actions.tutor.editSnippet(editing.id, { text: editing.text, ...scope });
    else actions.tutor.addSnippet({ text: editing.text, ...(editing.ac && unit ? { unit: unit.id, ac: editing.ac } : {}) });
    setEditing(null);
  };

  const acOptions = unit?.criteria.map((c) => c.id) ?? [];
  const editor = editing && (
    <form
      className={styles.panel}
      aria-label={editing.id ? "Edit snippet" : "New snippet"}
      onSubmit={(e) => {
        e.preventDefault();
        saveEdit();
      }}
    >
      <Field label="Snippet" required>
        <Textarea value={editing.text} rows={3} resize="vertical" onChange={(_, d) => setEditing({ ...editing, text: d.value })} />
      </Field>
      {unit && (
        <Field label="For">
          <Dropdown
            value={editing.ac ? `AC ${editing.ac}` : "Any AC (general feedback)"}
            selectedOptions={[editing.ac]}
            onOptionSelect={(_, d) => setEditing({ ...editing, ac: d.optionValue ?? "" })}
          >
            <Option value="">Any AC (general feedback)</Option>
            {acOptions.map((ac) => (
              <Option key={ac} value={ac}>{`AC ${ac}`}</Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={!editing.text.trim()}>
          {editing.id ? "Save snippet" : "Add snippet"}
        </Button>
        <Button size="small" onClick={() => setEditing(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );

  return (
    <div className={styles.panel}>
      <Body1>
        Your reusable feedback, kept for you on this computer. Select text in the document, then insert a snippet as a comment
        on it in one click.
      </Body1>
      {!canComment && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This version of Word cannot add comments from an add-in: select a snippet's text and copy it instead.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="Search snippets" className={styles.grow}>
          <Input contentBefore={<Search16Regular />} value={t.bankQuery} onChange={(_, d) => actions.tutor.searchBank(d.value)} />
        </Field>
        {unit && (
          <Field label="Show">
            <Dropdown
              value={t.bankAc ? `AC ${t.bankAc}` : "Every AC"}
              selectedOptions={[t.bankAc ?? ""]}
              onOptionSelect={(_, d) => actions.tutor.filterBank(d.optionValue ? d.optionValue : null)}
            >
              <Option value="">Every AC</Option>
              {acOptions.map((ac) => (
                <Option key={ac} value={ac}>{`AC ${ac}`}</Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
      <div className={styles.actions}>
        <Button size="small" icon={<Add16Regular />} onClick={() => setEditing({ id: null, text: "", ac: t.bankAc ?? "" })}>
          New snippet
        </Button>
        <Button size="small" icon={<ArrowUpload16Regular />} onClick={() => file.current?.click()}>
          Import…
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} onClick={() => download("comment-bank.json", actions.tutor.exportBank(), "application/json")}>
          Export
        </Button>
        <Button size="small" onClick={actions.tutor.restoreStarters}>
          Restore starter snippets
        </Button>
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label="Comment bank file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) actions.tutor.importBank(await f.text());
            e.target.value = "";
          }}
        />
      </div>
      {t.importError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t.importError}</MessageBarBody>
        </MessageBar>
      )}
      {t.bankMessage && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.bankMessage}</MessageBarBody>
        </MessageBar>
      )}
      {editing && !editing.id && editor}
      <Caption1 aria-live="polite">
        {found.length === 1 ? "1 snippet" : `${found.length} snippets`}
        {unit ? ` for ${unit.id} and general feedback` : ""}
      </Caption1>
      <ul className={styles.list} aria-label="Snippets">
        {found.slice(0, shown).map((s: Snippet) => (
          <li key={s.id} className={styles.item} data-snippet={s.id}>
            {editing?.id === s.id ? (
              editor
            ) : (
              <>
                <Caption1>{s.ac ? `AC ${s.ac}` : "General"}</Caption1>
                <Body1>{s.text}</Body1>
                <div className={styles.actions}>
                  <Button
                    size="small"
                    appearance="primary"
                    icon={<CommentAdd16Regular />}
                    disabled={busy || !canComment}
                    onClick={() => void actions.tutor.insertSnippet(s)}
                    aria-label={`Insert as a comment: ${s.text.slice(0, 60)}`}
                  >
                    Insert
                  </Button>
                  <Button size="small" icon={<Edit16Regular />} onClick={() => setEditing({ id: s.id, text: s.text, ac: s.ac ?? "" })} aria-label={`Edit: ${s.text.slice(0, 60)}`}>
                    Edit
                  </Button>
                  <Button size="small" icon={<Delete16Regular />} onClick={() => actions.tutor.deleteSnippet(s.id)} aria-label={`Delete: ${s.text.slice(0, 60)}`}>
                    Delete
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {found.length > shown && (
        <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
          Show more
        </Button>
      )}
    </div>
  );
}
