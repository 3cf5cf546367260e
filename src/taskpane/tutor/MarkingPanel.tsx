import { useMemo, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy20Regular, Save20Regular, TableAdd20Regular } from "../icons";
import type { Criterion, Unit } from "../../units/types";
import { formatDate, type AcMark } from "../../marking/marking";
import { outcomeOf, passPerOf } from "../../marking/outcome";
import { descriptorsOf, gradingOf, GRADE_LABELS, GRADE_MEANINGS, SUFFICIENCY_GRADES, isSufficiencyGrade } from "../../marking/scheme";
import { hasUnsavedGrades } from "../model/tutor-reducer";
import { usePane } from "../state";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  ac: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wording: { color: tokens.colorNeutralForeground2 },
  descriptors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const OUTCOME_INTENT = { referred: "error", pass: "success", incomplete: "info" } as const;

function AcGrade(props: { unit: Unit; c: Criterion; mark: AcMark | undefined; disabled: boolean; onChange(mark: AcMark | undefined): void }) {
  const { c, mark, disabled } = props;
  const styles = useStyles();
  const marks = gradingOf(props.unit).kind === "marks";
  const descriptors = descriptorsOf(c);
  const [typed, setTyped] = useState<string | null>(null);
  const rationale = mark?.rationale ?? "";
  const set = (change: Partial<AcMark>) => {
    const next: AcMark = { ...(mark ?? { rationale: "" }), ...change };
    if (next.grade === undefined) delete next.grade;
    if (next.mark === undefined) delete next.mark;
    props.onChange(next.grade === undefined && next.mark === undefined && !next.rationale ? undefined : next);
  };
  const shownMark = typed ?? (mark?.mark !== undefined ? String(mark.mark) : "");
  const markError = typed !== null && typed.trim() !== "" && !(/^\d+$/.test(typed.trim()) && Number(typed) <= (c.marks ?? 0)) ? `Type a whole number from 0 to ${c.marks}.` : undefined;
  const headingId = `grade-ac-${c.id.replace(".", "-")}`;

  return (
    <li className={styles.ac} data-grade-ac={c.id} aria-labelledby={headingId}>
      <span>
        <Text weight="semibold" id={headingId}>
          AC {c.id}
        </Text>
        {c.marks !== undefined && <Caption1> (up to {c.marks} marks)</Caption1>}
      </span>
      <Caption1 className={styles.wording}>{c.wording}</Caption1>
      {descriptors.items.length > 0 && (
        <div>
          <Caption1>
            <strong>{descriptors.kind === "pass" ? "Pass descriptors" : "What the answer should cover"}</strong>
          </Caption1>
          <ul className={styles.descriptors}>
            {descriptors.items.map((d, i) => (
              <li key={i}>
                <Caption1>{d}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {marks ? (
        <Field label={`Mark for AC ${c.id}, out of ${c.marks}`} validationState={markError ? "error" : "none"} validationMessage={markError}>
          <Input
            type="number"
            inputMode="numeric"
            min={0}
            max={c.marks}
            value={shownMark}
            disabled={disabled}
            onChange={(_, d) => {
              setTyped(d.value);
              const v = d.value.trim();
              if (v === "") set({ mark: undefined });
              else if (/^\d+$/.test(v) && Number(v) <= (c.marks ?? 0)) set({ mark: Number(v) });
            }}
            onBlur={() => setTyped(null)}
          />
        </Field>
      ) : (
        <Field label={`Grade for AC ${c.id}`}>
          <RadioGroup
            layout="horizontal"
            value={mark?.grade ?? "none"}
            disabled={disabled}
            onChange={(_, d) => set({ grade: isSufficiencyGrade(d.value) ? d.value : undefined })}
          >
            {SUFFICIENCY_GRADES.map((g) => (
              <Radio key={g} value={g} label={GRADE_LABELS[g]} title={GRADE_MEANINGS[g]} />
            ))}
            <Radio value="none" label="Not graded" />
          </RadioGroup>
        </Field>
      )}
      <Field label={`Rationale for AC ${c.id}`}>
        <Textarea value={rationale} disabled={disabled} rows={2} resize="vertical" onChange={(_, d) => set({ rationale: d.value })} />
      </Field>
    </li>
  );
}

/** Marking per AC on the unit's scale, the outcome with its reason, saving, the mark sheet and its CSV. */
export function MarkingPanel() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const t = state.tutor;
  const busy = !!state.busy;
  const unit = state.unit && t.draft && t.draft.unit === state.unit.id ? state.unit : null;
  const outcome = useMemo(() => (unit && t.draft ? outcomeOf(unit, t.draft) : null), [unit, t.draft]);
  const unsaved = hasUnsavedGrades(t);
  const cannotStore = t.support !== null && !t.support.store;

  if (!state.unit) return <Body1>Choose the unit above to mark against its criteria.</Body1>;
  if (!t.draft && !t.locked) return <Body1>Reading the grades in this document…</Body1>;
  const grading = gradingOf(state.unit);

  return (
    <div className={styles.panel}>
      {t.storedNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.storedNotice}</MessageBarBody>
        </MessageBar>
      )}
      {cannotStore && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This version of Word cannot keep grades in the document: copy the mark sheet as CSV before you close the pane.</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Your name" hint="Saved with the grades and shown on the mark sheet.">
        <Input value={t.tutorName} onChange={(_, d) => actions.tutor.setName(d.value)} autoComplete="name" />
      </Field>
      {t.saved && (
        <Caption1>
          Grades last saved by {t.saved.tutor || "an unnamed tutor"} on {formatDate(t.saved.date)}.
        </Caption1>
      )}

      {unit && grading.kind === "marks" && (
        <Field label={`The pass mark (${grading.passPercent}%) applies to`}>
          <RadioGroup
            value={passPerOf(unit, t.draft)}
            disabled={t.locked}
            onChange={(_, d) => actions.tutor.setPassPer(d.value === grading.passPer ? undefined : (d.value as "outcome" | "criterion"))}
          >
            <Radio value="outcome" label={`Each learning outcome, its ACs' marks added${grading.passPer === "outcome" ? " (the unit's rule)" : ""}`} />
            <Radio value="criterion" label={`Each AC on its own${grading.passPer === "criterion" ? " (the unit's rule)" : ""}`} />
          </RadioGroup>
        </Field>
      )}

      {outcome && (
        <MessageBar intent={OUTCOME_INTENT[outcome.status]} layout="multiline" data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>Outcome</MessageBarTitle>
            {outcome.summary}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.row}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={busy || !unsaved || t.locked || cannotStore} onClick={() => void actions.tutor.saveGrades()}>
          Save grades
        </Button>
        <Button icon={<TableAdd20Regular />} disabled={busy || !unit || t.locked} onClick={() => void actions.tutor.insertMarkSheet()}>
          Insert mark sheet
        </Button>
        <Button icon={<Copy20Regular />} disabled={busy || !unit} onClick={() => void actions.tutor.copyCsv()}>
          Copy as CSV
        </Button>
        {unsaved && (
          <Badge appearance="tint" color="warning">
            Unsaved changes
          </Badge>
        )}
      </div>
      {t.csvFallback !== null && (
        <Field label="The mark sheet as CSV" hint="Word did not let the add-in use the clipboard: select this text and copy it.">
          <Textarea value={t.csvFallback} readOnly rows={6} resize="vertical" />
        </Field>
      )}

      {unit && (
        <section aria-labelledby="grades-heading" className={styles.panel}>
          <Subtitle2 as="h2" id="grades-heading">
            {grading.kind === "marks" ? "Marks" : "Grades"} per assessment criterion
          </Subtitle2>
          <ul className={styles.list}>
            {unit.criteria.map((c) => (
              <AcGrade
                key={`${unit.id}-${c.id}`}
                unit={unit}
                c={c}
                mark={t.draft?.grades[c.id]}
                disabled={t.locked}
                onChange={(m) => actions.tutor.setGrade(c.id, m)}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
