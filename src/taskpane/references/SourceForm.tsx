import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CslItem } from "../../harvard/library/csl";
import { draftFromItem, itemFromDraft, type SourceDraft } from "../../harvard/library/fields";
import { SOURCE_FORMS, type FieldKey, type FormField } from "../../harvard/library/forms";
import { KIND_LABELS, SOURCE_KINDS, sourceKindOf, type SourceKind } from "../../harvard/library/kinds";
import { nameText, parseNames } from "../../harvard/library/names";
import { blockingErrors, validateDraft, type FieldError } from "../../harvard/library/validate";

const useStyles = makeStyles({
  // minWidth 0: a flex child may be narrower than its content, so a long option does not widen the pane.
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // The drop-down takes the form's width, never its longest option's (at 320 px it overflowed by 23 px).
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
});

type NameKey = "authors" | "editors";
const isNames = (k: FieldKey): k is NameKey => k === "authors" || k === "editors";

/** Add or edit one source: the kind's own fields, required ones checked as the learner types. */
export function SourceForm(props: { initial?: CslItem; newId: (item: Partial<CslItem>) => string; onSave(item: CslItem): void; onCancel(): void }) {
  const styles = useStyles();
  const first = useRef<HTMLSelectElement>(null);
  // A new form takes focus (Fluent's convention for a view that replaces the one the learner was in).
  useEffect(() => first.current?.focus(), []);
  const [kind, setKind] = useState<SourceKind>(() => (props.initial && sourceKindOf(props.initial)) || "book");
  const [draft, setDraft] = useState<SourceDraft>(() => (props.initial ? draftFromItem(props.initial) : {}));
  const [namesText, setNamesText] = useState<Record<NameKey, string>>(() => ({
    authors: (draft.authors ?? []).map(nameText).join("\n"),
    editors: (draft.editors ?? []).map(nameText).join("\n"),
  }));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const errors = useMemo(() => validateDraft(kind, draft), [kind, draft]);
  const byField = useMemo(() => {
    const m = new Map<string, FieldError>();
    for (const e of errors) if (!m.has(e.field) || e.severity === "error") m.set(e.field, e);
    return m;
  }, [errors]);
  const blocking = blockingErrors(errors);

  const set = (key: FieldKey, value: string) => {
    setTouched((t) => new Set(t).add(key));
    if (isNames(key)) {
      setNamesText((n) => ({ ...n, [key]: value }));
      setDraft((d) => ({ ...d, [key]: parseNames(value) }));
    } else {
      setDraft((d) => ({ ...d, [key]: value }));
    }
  };

  const fieldFor = (f: FormField) => {
    const e = byField.get(f.key);
    const show = e && (touched.has(f.key) || submitted);
    const value = isNames(f.key) ? namesText[f.key] : ((draft[f.key] as string | undefined) ?? "");
    return (
      <Field
        key={f.key}
        label={f.label}
        required={f.required}
        hint={isNames(f.key) ? `${f.hint ?? ""} One per line.`.trim() : f.hint}
        validationState={show ? (e!.severity === "error" ? "error" : "warning") : "none"}
        validationMessage={show ? e!.message : undefined}
      >
        {isNames(f.key) ? (
          <Textarea value={value} resize="vertical" rows={2} onChange={(_, d) => set(f.key, d.value)} />
        ) : (
          <Input
            value={value}
            type={f.input === "url" ? "url" : "text"}
            inputMode={f.input === "year" ? "numeric" : undefined}
            onChange={(_, d) => set(f.key, d.value)}
          />
        )}
      </Field>
    );
  };

  const save = () => {
    setSubmitted(true);
    if (blocking.length) return;
    const id = props.initial?.id ?? props.newId(itemFromDraft(kind, draft, "new"));
    props.onSave(itemFromDraft(kind, draft, id, props.initial));
  };

  return (
    <form
      className={styles.form}
      aria-label={props.initial ? "Edit source" : "Add a source"}
      // The pane's own messages explain each field; the browser's required-field bubbles would block them.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        // Escape cancels, as in a Fluent dialog; an open drop-down takes its own Escape first.
        if (e.key === "Escape" && !e.defaultPrevented) {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <Field label="Kind of source">
        <Select ref={first} className={styles.select} value={kind} onChange={(_, d) => setKind(d.value as SourceKind)}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      {SOURCE_FORMS[kind].fields.map(fieldFor)}
      {submitted && blocking.length > 0 && (
        <Field validationState="error" validationMessage={`${blocking.length === 1 ? "One field needs" : `${blocking.length} fields need`} attention before the source can be saved.`} />
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          {props.initial ? "Save changes" : "Add source"}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
