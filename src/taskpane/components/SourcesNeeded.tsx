import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular } from "../icons";
import type { AcCard } from "../model/cards";
import { sourcesNeedText } from "../model/view-text";

const useStyles = makeStyles({
  // In the card's bulleted facts: the tick or empty circle stands in for the bullet.
  item: { listStyleType: "none", display: "grid", gridTemplateColumns: "16px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalL})` },
  met: { color: tokens.colorPaletteGreenForeground1 },
  open: { color: tokens.colorNeutralForeground3 },
});

/** What the AC asks of sources: a tick once the answer cites enough, an empty circle until then. */
export function SourcesNeeded({ need }: { need: NonNullable<AcCard["sourcesNeeded"]> }) {
  const styles = useStyles();
  return (
    <li className={styles.item} data-sources-met={String(need.met)}>
      {need.met ? (
        <CheckmarkCircle16Filled className={styles.met} role="img" aria-label="Met:" />
      ) : (
        <Circle16Regular className={styles.open} role="img" aria-label="Not met yet:" />
      )}
      <Caption1>
        {sourcesNeedText(need)}
      </Caption1>
    </li>
  );
}
