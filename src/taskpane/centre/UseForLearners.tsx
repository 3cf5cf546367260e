import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  h: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** "Use for my learners": the two ways a centre hands its template out. */
export function UseForLearners({ id }: { id: string }) {
  const styles = useStyles();
  const file = `${id || "centre-template"}.json`;
  return (
    <div className={styles.stack}>
      <h3 className={styles.h}>1. With the add-in your centre deploys</h3>
      <ol className={styles.steps}>
        <li>
          <Body1>Save the template as a file ({file}) and give it to whoever builds the add-in for your centre.</Body1>
        </li>
        <li>
          <Body1>They build the add-in with it, for your own web address:</Body1>
          <div className={styles.code}>npm run build -- --env centre={file} --env url=https://your-server/assistant/</div>
        </li>
        <li>
          <Body1>They host the dist folder at that address and upload dist/manifest.xml in the Microsoft 365 admin centre, under Settings, Integrated apps.</Body1>
        </li>
      </ol>
      <Caption1>Every learner's pane then opens with your template chosen for this unit, and their checks follow its settings.</Caption1>
      <h3 className={styles.h}>2. As a Word file</h3>
      <Body1>
        Download the template as a Word document and give it to your learners (on your learning platform, by email). It has the side-headings, your cover sheet and guidance,
        and your settings recorded inside, so the add-in and the ilm-check tool follow them when learners check their drafts.
      </Body1>
      <Caption1>The same file can be made without the pane: npm run template -- --centre {file} -o template.docx</Caption1>
    </div>
  );
}
