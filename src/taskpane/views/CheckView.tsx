import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TutorComments } from "../components/TutorComments";
import { outcomeOf } from "../../marking/outcome";
import { ArrowSync20Regular, DocumentAdd16Regular, Eraser20Regular, TextBulletListSquare16Regular } from "../icons";
import { AcCardView } from "../components/AcCardView";
import { ProblemList } from "../components/ProblemList";
import { SummaryBar } from "../components/SummaryBar";
import { buildCards, draftWideProblems } from "../model/cards";
import { summarise } from "../model/summary";
import { reportToShow } from "../model/progress";
import { WORDING_TO_BE_CONFIRMED } from "../../units/unit-notices";
import { afterFirstPaint } from "../first-paint";
import { usePane } from "../state";
import { takeHandover } from "../handover";
import { checkIntro, NO_UNIT_FOUND } from "../model/view-text";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function CheckView() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const { unit } = state;
  // A template with nothing written yet is "Not started", not a list of errors (model/progress.ts).
  const report = useMemo(() => (state.report ? reportToShow(state.report) : null), [state.report]);
  const glossary = state.engine?.catalogue.glossary;
  const cards = useMemo(() => (report && unit ? buildCards(unit, report, glossary) : []), [report, unit, glossary]);
  const wide = useMemo(() => (report && unit ? draftWideProblems(unit, report) : report?.problems ?? []), [report, unit]);
  const summary = useMemo(() => (report ? summarise(report) : null), [report]);
  const engine = state.engine;
  const fixes = useMemo(() => (report && engine ? engine.catalogue.fixActions(report.problems) : []), [report, engine]);
  // The cards opened in the first view before this one took over (handover.ts).
  const [open, setOpen] = useState<string[]>(() => takeHandover("openCards"));
  const busy = !!state.busy;
  // A marked draft: the tutor's comments under each AC, and the outcome once recorded.
  useEffect(() => {
    // After the cards are on screen: the tutor's code and comments are not needed to show them.
    if (report) void afterFirstPaint().then(() => actions.tutor.loadFeedback());
  }, [report, actions]);
  const feedback = state.tutor.feedback;
  const outcome = useMemo(
    () => {
      const marking = feedback?.marking;
      if (!marking || !unit || marking.unit !== unit.id) return null;
      // Shown once the tutor has recorded an outcome: a referral, or every AC graded.
      const o = outcomeOf(unit, marking);
      return o.status === "incomplete" ? null : o;
    },
    [feedback, unit],
  );
  const commentsOf = (ac: string | null) => feedback?.comments?.filter((c) => c.ac === ac) ?? [];

  return (
    <div className={styles.view}>
      <div className={styles.row}>
        <Button appearance="primary" icon={<ArrowSync20Regular />} onClick={() => void actions.check()} disabled={busy}>
          {report ? "Check again" : "Check my draft"}
        </Button>
      </div>
      {!report && (
        <Body1>
          {checkIntro(unit)}
        </Body1>
      )}
      {report && !unit && (
        <Body1>
          {NO_UNIT_FOUND}
        </Body1>
      )}
      {summary && <SummaryBar summary={summary} />}
      {outcome && feedback?.marking && (
        <MessageBar intent={outcome.status === "referred" ? "error" : outcome.status === "pass" ? "success" : "info"} layout="multiline" data-testid="learner-outcome">
          <MessageBarBody>
            <MessageBarTitle>Your tutor&apos;s outcome</MessageBarTitle>
            {outcome.summary} Marked by {feedback.marking.tutor || "your tutor"}.
          </MessageBarBody>
        </MessageBar>
      )}
      {report && unit?.wordingStatus === "to-be-confirmed" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{WORDING_TO_BE_CONFIRMED}</MessageBarBody>
        </MessageBar>
      )}

      {fixes.length > 0 && (
        <div className={styles.row} aria-label="Fixes the add-in can make">
          {fixes.includes("insert-missing") && unit && (
            <Button size="small" icon={<DocumentAdd16Regular />} disabled={busy} onClick={() => void actions.insertMissing()}>
              Insert missing sections
            </Button>
          )}
          {fixes.includes("remove-guidance") && (
            <Button size="small" icon={<Eraser20Regular />} disabled={busy} onClick={() => void actions.removeGuidance()}>
              Remove guidance
            </Button>
          )}
          {fixes.includes("update-references") && (
            <Button size="small" icon={<TextBulletListSquare16Regular />} disabled={busy} onClick={() => actions.openReferences("list")}>
              Update reference list
            </Button>
          )}
        </div>
      )}

      {cards.length > 0 && (
        <section className={styles.cards} aria-labelledby="cards-heading">
          <Subtitle2 as="h2" id="cards-heading">
            Assessment criteria
          </Subtitle2>
          <Accordion
            multiple
            collapsible
            openItems={open}
            onToggle={(_, d) => setOpen(d.openItems as string[])}
            className={styles.cards}
          >
            {cards.map((card) => (
              <AcCardView
                key={card.ac}
                card={card}
                ticked={state.ticks[card.ac] ?? []}
                onTick={(i) => void actions.toggleTick(card.ac, i)}
                onSelect={(from, to) => void actions.select(from, to)}
                comments={commentsOf(card.ac)}
              />
            ))}
          </Accordion>
          {!state.ticksStored && (
            <Caption1>
              This version of Word cannot keep your ticks in the document: they last until you close the pane.
            </Caption1>
          )}
        </section>
      )}

      {commentsOf(null).length > 0 && (
        <section className={styles.cards} aria-labelledby="comments-heading">
          <Subtitle2 as="h2" id="comments-heading">
            Other comments in your draft
          </Subtitle2>
          <TutorComments comments={commentsOf(null)} title="Comments outside the AC sections" />
        </section>
      )}

      {report && wide.length > 0 && (
        <section className={styles.cards} aria-labelledby="wide-heading">
          <Subtitle2 as="h2" id="wide-heading">
            Whole draft
          </Subtitle2>
          <ProblemList problems={wide} onSelect={(n) => void actions.select(n)} />
        </section>
      )}
    </div>
  );
}
