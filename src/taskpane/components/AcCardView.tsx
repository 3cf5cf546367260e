import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Checkbox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowRight16Regular } from "../icons";
import type { AcCard } from "../model/cards";
import { formatCount } from "../../shared/text/count";
import { plural } from "../model/summary";
import { ProblemItem } from "./ProblemItem";
import { TutorComments } from "./TutorComments";
import type { FeedbackComment } from "../../word/tutor-feedback";
import { SourcesNeeded } from "./SourcesNeeded";

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, textAlign: "start" },
  headerTop: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  wording: { color: tokens.colorNeutralForeground2 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function sharePhrase(card: AcCard): string {
  if (!card.share) return plural(card.words, "word");
  return `${plural(card.words, "word")} (its share: ${formatCount(card.share[0])}–${formatCount(card.share[1])})`;
}

export function AcCardView(props: {
  card: AcCard;
  ticked: number[];
  onTick(index: number): void;
  onSelect(from: number, to?: number): void;
  /** The tutor's comments in this AC's section, once a tutor has marked the draft. */
  comments?: FeedbackComment[];
}) {
  const { card } = props;
  const styles = useStyles();
  const headingId = `ac-${card.ac.replace(".", "-")}`;
  return (
    <AccordionItem value={card.ac} className={styles.item} data-ac={card.ac}>
      <AccordionHeader
        expandIconPosition="end"
        onClick={() => card.paragraph !== undefined && props.onSelect(card.paragraph, card.range?.[1])}
      >
        <span className={styles.header} id={headingId}>
          <span className={styles.headerTop}>
            <Text weight="semibold">AC {card.ac}</Text>
            <Badge appearance="filled" color={card.badge.colour} size="small">
              {card.badge.label}
            </Badge>
            {card.problems.length > 0 && <Caption1>{plural(card.problems.length, "problem")}</Caption1>}
            {!!props.comments?.length && <Caption1>{plural(props.comments.length, "tutor comment")}</Caption1>}
          </span>
          <Caption1 className={styles.wording}>{card.wording}</Caption1>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel} aria-labelledby={headingId} role="group">
          <ul className={styles.facts}>
            <li>
              <Caption1>{sharePhrase(card)}</Caption1>
            </li>
            <li>
              <Caption1>
                {card.citations === 0
                  ? "No citations found"
                  : `${plural(card.citations, "citation")}${card.sources.length ? `: ${card.sources.join("; ")}` : ""}`}
              </Caption1>
            </li>
            {card.sourcesNeeded && <SourcesNeeded need={card.sourcesNeeded} />}
            {card.marks !== undefined && (
              <li>
                <Caption1>Worth up to {plural(card.marks, "mark")}</Caption1>
              </li>
            )}
          </ul>

          {card.verbs.some((v) => v.meaning) && (
            <div className={styles.block}>
              {card.verbs
                .filter((v) => v.meaning)
                .map((v) => (
                  <Caption1 key={v.verb}>
                    <strong>{v.verb}</strong> asks you to {lowerFirst(v.meaning!)}
                  </Caption1>
                ))}
            </div>
          )}

          {card.problems.length > 0 && (
            <div className={styles.block}>
              <Text weight="semibold" size={200}>
                To fix
              </Text>
              <ul className={styles.list}>
                {card.problems.map((p, i) => (
                  <ProblemItem key={`${p.code}-${i}`} problem={p} onSelect={props.onSelect} />
                ))}
              </ul>
            </div>
          )}

          {!!props.comments?.length && <TutorComments comments={props.comments} title="Your tutor's comments" />}

          {card.descriptors.length > 0 && (
            <fieldset className={styles.block} style={{ border: "none", margin: 0, padding: 0 }}>
              <legend>
                <Text weight="semibold" size={200}>
                  To pass, your answer includes
                </Text>
              </legend>
              {card.descriptors.map((d, i) => (
                <Checkbox
                  key={i}
                  checked={props.ticked.includes(i)}
                  onChange={() => props.onTick(i)}
                  label={d}
                  size="medium"
                />
              ))}
            </fieldset>
          )}

          {card.paragraph !== undefined && (
            <Button size="small" icon={<ArrowRight16Regular />} onClick={() => props.onSelect(card.range?.[0] ?? card.paragraph!, card.range?.[1])}>
              Go to AC {card.ac} in the document
            </Button>
          )}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

function lowerFirst(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}
