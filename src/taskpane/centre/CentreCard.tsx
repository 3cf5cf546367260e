import { Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state";
import { centreTemplateFacts } from "./describe";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

const SOURCE_NOTE = {
  document: "This document was made from it, so your checks follow its settings.",
  deployed: "Your centre built it into the add-in for this unit.",
  chosen: "Chosen in Centre mode.",
} as const;

/** The learner's Unit tab: the centre template the pane follows, or the offer of one built in for this unit. */
export function CentreCard() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const { centre, unit } = state;
  const builtIn = !centre && unit ? state.engine?.centre.deployed.find((t) => t.unit === unit.id) : undefined;
  if (builtIn) {
    return (
      <Caption1>
        Your centre has its own template for this unit.{" "}
        <Link as="button" inline onClick={() => void actions.useCentreTemplate(builtIn)}>
          Use {builtIn.centre.name}'s template
        </Link>
      </Caption1>
    );
  }
  if (!centre || !unit) return null;
  return (
    <section className={styles.card} aria-labelledby="centre-template-heading" data-centre-template={centre.id}>
      <Subtitle2 as="h2" id="centre-template-heading">
        {centre.centre.name}'s template
      </Subtitle2>
      <ul className={styles.facts}>
        {centreTemplateFacts(centre, unit).map((f) => (
          <li key={f}>
            <Caption1>{f}</Caption1>
          </li>
        ))}
      </ul>
      {state.centreSource && <Caption1>{SOURCE_NOTE[state.centreSource]}</Caption1>}
      {state.centreSource !== "document" && (
        <Caption1>
          <Link as="button" inline onClick={() => void actions.useCentreTemplate(null)}>
            Use the standard ILM template instead
          </Link>
        </Caption1>
      )}
    </section>
  );
}
