import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Label,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAdd20Regular } from "../icons";
import { UnitPicker } from "../components/UnitPicker";
import { UnitQuestion } from "../components/UnitQuestion";
import { usePane } from "../state";
import type { TemplateOptions } from "../../core/template";
import { WORDING_TO_BE_CONFIRMED } from "../../units/unit-notices";
import { CentreCard } from "../centre/CentreCard";
import { takeHandover } from "../handover";
import { hasSideHeadings } from "../model/progress";
import { HAS_SIDE_HEADINGS, TEMPLATE_INTRO, TEMPLATE_OPTION_LABELS, unitFacts, unitHint } from "../model/view-text";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export function StartView() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const units = state.engine?.catalogue.listUnits() ?? [];
  const unit = state.unit;
  // Ticked in the first view before this one took over (handover.ts), else the learner's last choice.
  const [options, setOptions] = useState<TemplateOptions>(() => takeHandover("templateOptions") ?? state.templateOptions);
  const hasDraft = hasSideHeadings(state.report);
  const set = (k: keyof TemplateOptions) => (_: unknown, d: { checked: boolean | "mixed" }) =>
    setOptions((o) => ({ ...o, [k]: d.checked === true }));

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="unit-heading">
        <Subtitle2 as="h2" id="unit-heading">
          Choose your unit
        </Subtitle2>
        <UnitPicker
          units={units}
          value={unit}
          onChange={actions.chooseUnit}
          hint={unitHint(state.unitSource)}
        />
        <UnitQuestion />
        {unit && (
          <ul className={styles.facts}>
            {unitFacts(unit).map((fact) => (
              <li key={fact}>
                <Caption1>{fact}</Caption1>
              </li>
            ))}
          </ul>
        )}
        {unit?.wordingStatus === "to-be-confirmed" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{WORDING_TO_BE_CONFIRMED}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <CentreCard />

      <section className={styles.section} aria-labelledby="template-heading">
        <Subtitle2 as="h2" id="template-heading">
          Insert the template
        </Subtitle2>
        <Body1>
          {TEMPLATE_INTRO}
        </Body1>
        {state.centre ? (
          <Caption1>{state.centre.centre.name} has set what the template includes.</Caption1>
        ) : (
          /* A group, not a Field: a Field gives its one control id to every checkbox inside it. */
          <div role="group" aria-labelledby="template-include" className={styles.group}>
            <Label id="template-include">Include</Label>
            {TEMPLATE_OPTION_LABELS.map(([key, label]) => (
              <Checkbox key={key} checked={options[key]} onChange={set(key)} label={label} />
            ))}
          </div>
        )}
        {hasDraft && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{HAS_SIDE_HEADINGS}</MessageBarBody>
          </MessageBar>
        )}
        <Button
          appearance="primary"
          icon={<DocumentAdd20Regular />}
          disabled={!unit || !!state.busy}
          onClick={() => void actions.insertTemplate(options)}
        >
          Insert template
        </Button>
        {!unit && <Caption1>Choose your unit first.</Caption1>}
      </section>
    </div>
  );
}
