import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FeedbackComment } from "../../word/tutor-feedback";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  who: { color: tokens.colorNeutralForeground2 },
});

/** Comments a tutor left in the draft, as the learner's Check tab lists them. */
export function TutorComments(props: { comments: FeedbackComment[]; title: string }) {
  const styles = useStyles();
  return (
    <div className={styles.block}>
      <Text weight="semibold" size={200}>
        {props.title}
      </Text>
      <ul className={styles.list} aria-label={props.title}>
        {props.comments.map((c) => (
          <li key={c.id} className={styles.item} data-comment={c.id}>
            <Caption1>{c.text}</Caption1>
            <Caption1 className={styles.who}>
              {c.author || "Someone"}
              {c.resolved ? " · resolved" : ""}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
