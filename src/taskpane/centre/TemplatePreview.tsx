import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateBlock } from "../../core/template";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "420px",
    overflowY: "auto",
  },
  Title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  Heading1: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, marginTop: tokens.spacingVerticalS },
  Heading2: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, marginTop: tokens.spacingVerticalXS },
  Normal: { fontSize: tokens.fontSizeBase200 },
  guidance: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  answer: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground4, borderBottom: `1px dashed ${tokens.colorNeutralStroke2}` },
});

/**
 * The template a learner's "Insert template" would write, block by block, for the Centre mode's
 * live preview. Every string is rendered as text.
 */
export function TemplatePreview({ blocks }: { blocks: readonly TemplateBlock[] }) {
  const styles = useStyles();
  return (
    // Focusable, so a keyboard can scroll it.
    <div className={styles.page} role="document" aria-label="Preview of the template" tabIndex={0}>
      {blocks.map((b, i) =>
        b.kind === "answer" ? (
          <Caption1 key={i} className={styles.answer}>
            The learner writes here
          </Caption1>
        ) : (
          b.paragraphs.map((p, j) => (
            <div
              key={`${i}-${j}`}
              data-style={p.style}
              data-kind={b.kind}
              className={[styles[p.style], b.kind === "guidance" ? styles.guidance : "", p.bold ? styles.bold : ""].join(" ")}
            >
              {p.text}
            </div>
          ))
        ),
      )}
    </div>
  );
}
