import { useEffect } from "react";
import { Body1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { UnitPicker } from "../components/UnitPicker";
import { unitLabel } from "../model/units";
import type { TutorTab } from "../model/tutor-reducer";
import { usePane } from "../state";
import { CommentBankPanel } from "./CommentBankPanel";
import { FindingsPanel } from "./FindingsPanel";
import { MarkingPanel } from "./MarkingPanel";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** The tutor's views: the check's findings as comments, marking per AC with the mark sheet, the comment bank. */
export default function TutorPane() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const { unit } = state;
  const { tab } = state.tutor;
  const unitId = unit?.id;

  // Loads the tutor's Word operations, the bank and the document's grades; again when the unit changes.
  useEffect(() => {
    void actions.tutor.open();
  }, [actions, unitId]);

  return (
    <div className={styles.view}>
      {unit ? (
        <Body1>Marking against {unitLabel(unit)}.</Body1>
      ) : (
        <UnitPicker
          units={state.engine?.catalogue.listUnits() ?? []}
          value={null}
          onChange={actions.chooseUnit}
          hint="The add-in could not tell the unit from this draft: choose it to mark against its criteria."
        />
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => actions.tutor.chooseTab(d.value as TutorTab)}
        aria-label="Tutor tools"
      >
        <Tab value="findings">Findings</Tab>
        <Tab value="marking">Marking</Tab>
        <Tab value="bank">Comment bank</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab === "bank" ? "Comment bank" : tab === "marking" ? "Marking" : "Findings"}>
        {tab === "findings" && <FindingsPanel />}
        {tab === "marking" && <MarkingPanel />}
        {tab === "bank" && <CommentBankPanel />}
      </div>
    </div>
  );
}
