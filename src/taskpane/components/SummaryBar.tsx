import { Badge, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Summary } from "../model/summary";
import { answeredBadge, describeWords, describeWordStatus, plural } from "../model/summary";
import { DRAFT_GATE_MESSAGE } from "../../check/draft-gate";
import { NOT_STARTED_NOTE } from "../model/view-text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function SummaryBar({ summary }: { summary: Summary }) {
  const styles = useStyles();
  const { words, range, wordStatus, problems } = summary;
  const answered = answeredBadge(summary);
  const barColour = wordStatus === "in-range" ? "success" : wordStatus === "over" ? "error" : "brand";
  return (
    <section className={styles.bar} aria-label="Summary of the check">
      <Field
        label={describeWords(words, range)}
        hint={describeWordStatus(wordStatus, words, range)}
        validationState="none"
      >
        {range ? (
          <ProgressBar value={summary.progress} max={1} color={barColour} thickness="large" aria-label="Words against the suggested range" />
        ) : null}
      </Field>
      <div className={styles.row}>
        <Badge appearance="tint" color={answered.colour}>
          {answered.label}
        </Badge>
      </div>
      <div className={styles.row} aria-label="Problems by severity">
        {summary.notStarted ? (
          <>
            <Badge appearance="outline" color="informative">
              Not started
            </Badge>
            <Caption1>{NOT_STARTED_NOTE}</Caption1>
          </>
        ) : problems.error + problems.warning + problems.info === 0 ? (
          <Caption1>{summary.gate ? DRAFT_GATE_MESSAGE[summary.gate] : "No problems found."}</Caption1>
        ) : (
          <>
            {problems.error > 0 && <Badge appearance="filled" color="danger">{plural(problems.error, "error")}</Badge>}
            {problems.warning > 0 && <Badge appearance="filled" color="warning">{plural(problems.warning, "warning")}</Badge>}
            {problems.info > 0 && <Badge appearance="tint" color="informative">{plural(problems.info, "note")}</Badge>}
          </>
        )}
      </div>
    </section>
  );
}
