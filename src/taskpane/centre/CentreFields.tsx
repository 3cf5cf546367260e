import type { Dispatch } from "react";
import { flattenGuidance } from "../../units/guidance-items";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Unit } from "../../units/types";
import type { UnitSummary } from "../../units/catalogue";
import { CTR_EDITIONS } from "../../harvard/edition";
import { NO_DATE_FORMS, PAGE_LOCATOR_FORMS } from "../../harvard/house-style";
import { formatCount } from "../../shared/text/count";
import { UnitPicker } from "../components/UnitPicker";
import type { CentreForm, EditorAction, HarvardForm } from "./editor-model";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ac: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  acHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  descriptors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  subItem: { marginLeft: tokens.spacingHorizontalL },
  narrow: { maxWidth: "9em" },
});

interface Props {
  form: CentreForm;
  dispatch: Dispatch<EditorAction>;
}

export function UnitAndCentreFields({ form, dispatch, units, unit }: Props & { units: UnitSummary[]; unit: Unit | null }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <UnitPicker units={units} value={unit} onChange={(id) => dispatch({ type: "unit", unit: id })} hint="The template starts from this unit's assessment criteria, in their exact wording." />
      <Field label="Centre name" required hint="Printed on the cover sheet.">
        <Input value={form.centreName} maxLength={120} onChange={(_, d) => dispatch({ type: "set", field: "centreName", value: d.value })} />
      </Field>
      <Field label="ILM centre number">
        <Input value={form.centreNumber} maxLength={20} onChange={(_, d) => dispatch({ type: "set", field: "centreNumber", value: d.value })} />
      </Field>
      <Field label="Template id" hint="Recorded in every document made from the template. Lower-case letters, digits and hyphens.">
        <Input value={form.id} maxLength={64} onChange={(_, d) => dispatch({ type: "id", value: d.value })} />
      </Field>
    </div>
  );
}

export function CoverSheetFields({ form, dispatch }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Switch checked={form.coverSheet} label="Start with the cover sheet and declaration of authenticity" onChange={(_, d) => dispatch({ type: "toggle", field: "coverSheet", value: d.checked })} />
      {form.coverSheet && (
        <Field label="Fields the learner fills in, one per line" hint="Your centre's name and number, the unit, the word count and the declaration are always there.">
          <Textarea value={form.coverFields} resize="vertical" rows={4} onChange={(_, d) => dispatch({ type: "set", field: "coverFields", value: d.value })} />
        </Field>
      )}
    </div>
  );
}

/** Guidance on or off, locks, and the centre's guidance for each AC beside the AC's own descriptors. */
export function GuidanceFields({ form, dispatch, unit }: Props & { unit: Unit | null }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Checkbox checked={form.guidance} label="Insert guidance under each side-heading (learners remove it before they submit)" onChange={(_, d) => dispatch({ type: "toggle", field: "guidance", value: d.checked === true })} />
      <Checkbox checked={form.lockHeadings} label="Lock the side-headings so they keep the exact wording" onChange={(_, d) => dispatch({ type: "toggle", field: "lockHeadings", value: d.checked === true })} />
      {unit?.criteria.map((c) => {
        const own = flattenGuidance([...c.passDescriptors, ...c.indicativeContent]);
        return (
          <div key={c.id} className={styles.ac} data-ac={c.id}>
            <h3 className={styles.acHeading}>
              {c.id} {c.wording}
            </h3>
            {own.length > 0 ? (
              <>
                <Caption1>The unit's own guidance for {c.id}:</Caption1>
                <ul className={styles.descriptors}>
                  {own.map((d, i) => (
                    <li key={i} className={d.level === 2 ? styles.subItem : undefined}>
                      {d.text}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Caption1>The unit gives no descriptors for {c.id}.</Caption1>
            )}
            <Field label={`Your guidance for ${c.id}`} hint="Shown after the unit's own. Each line is a paragraph.">
              <Textarea value={form.acGuidance[c.id] ?? ""} resize="vertical" rows={2} disabled={!form.guidance} onChange={(_, d) => dispatch({ type: "acGuidance", ac: c.id, text: d.value })} />
            </Field>
          </div>
        );
      })}
    </div>
  );
}

/** For a unit the catalogue marks as unconfirmed: the outcomes and ACs from the centre's mark sheet. */
export function MarkSheetFields({ form, dispatch, unit }: Props & { unit: Unit }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Text>
        The add-in's wording for unit {unit.unitNumber} is provisional: no public copy of its mark sheet gives the AC numbers and wording. Type them from your centre's ILM mark
        sheet and your learners get that wording as their side-headings, and their checks use it.
      </Text>
      <Field label="Learning outcomes, one per line" hint='For example: 1 Be able to plan an extended period of coaching'>
        <Textarea value={form.outcomes} resize="vertical" rows={3} onChange={(_, d) => dispatch({ type: "set", field: "outcomes", value: d.value })} />
      </Field>
      <Field label="Assessment criteria, one per line" hint="For example: 1.1 Agree a contract with each client">
        <Textarea value={form.criteria} resize="vertical" rows={6} onChange={(_, d) => dispatch({ type: "set", field: "criteria", value: d.value })} />
      </Field>
    </div>
  );
}

export function SectionsAndLengthFields({ form, dispatch, unit }: Props & { unit: Unit | null }) {
  const styles = useStyles();
  const range = unit?.wordRange;
  return (
    <div className={styles.stack}>
      <Field label="Extra sections, one heading per line" hint='Headings starting "Appendix" go after the references; the others before them.'>
        <Textarea value={form.extraSections} resize="vertical" rows={3} onChange={(_, d) => dispatch({ type: "set", field: "extraSections", value: d.value })} />
      </Field>
      <div role="group" aria-label="Suggested word range" className={styles.stack}>
        <Caption1>
          Suggested word range{range ? ` (the unit suggests ${formatCount(range[0])} to ${formatCount(range[1])}; leave both empty to keep it)` : " (the unit gives none)"}
        </Caption1>
        <div className={styles.row}>
          <Field label="From">
            <Input className={styles.narrow} inputMode="numeric" value={form.wordRangeLow} onChange={(_, d) => dispatch({ type: "set", field: "wordRangeLow", value: d.value })} />
          </Field>
          <Field label="To">
            <Input className={styles.narrow} inputMode="numeric" value={form.wordRangeHigh} onChange={(_, d) => dispatch({ type: "set", field: "wordRangeHigh", value: d.value })} />
          </Field>
        </div>
      </div>
    </div>
  );
}

export function HarvardFields({ form, dispatch }: Props) {
  const styles = useStyles();
  const set = (settings: Partial<HarvardForm>) => dispatch({ type: "harvard", settings });
  const h = form.harvard;
  return (
    <div className={styles.stack}>
      <Text>Cite Them Right is the default. Set only what your centre's Harvard does differently: your learners are then not told its rules are mistakes.</Text>
      <Field label='"et al." from how many authors' hint="Cite Them Right: 4. Leave empty to keep it.">
        <Input className={styles.narrow} inputMode="numeric" value={h.etAlFrom} onChange={(_, d) => set({ etAlFrom: d.value })} />
      </Field>
      <Switch checked={h.ampersandInBrackets} label='"&" between authors inside brackets, "and" in sentences' onChange={(_, d) => set({ ampersandInBrackets: d.checked })} />
      <Field label="Undated works">
        <RadioGroup value={h.noDate} layout="horizontal" onChange={(_, d) => set({ noDate: d.value as HarvardForm["noDate"] })}>
          {NO_DATE_FORMS.map((f) => (
            <Radio key={f} value={f} label={`"${f}"`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Page numbers">
        <Select value={h.pageLocator} onChange={(_, d) => set({ pageLocator: d.value as HarvardForm["pageLocator"] })}>
          {PAGE_LOCATOR_FORMS.map((f) => (
            <option key={f} value={f}>
              {f.startsWith(":") ? `(Covey, 1989${f})` : `(Covey, 1989, ${f})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Cite Them Right edition">
        <RadioGroup value={h.edition} layout="horizontal" onChange={(_, d) => set({ edition: d.value as HarvardForm["edition"] })}>
          {CTR_EDITIONS.map((e) => (
            <Radio key={e} value={e} label={`${e} edition`} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
