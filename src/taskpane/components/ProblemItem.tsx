import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "../icons";
import type { Problem } from "../../check/rules";

const useStyles = makeStyles({
  item: { display: "grid", gridTemplateColumns: "16px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  info: { color: tokens.colorBrandForeground1 },
  fix: { color: tokens.colorNeutralForeground2 },
});

const LABEL = { error: "Error", warning: "Warning", info: "Note" } as const;

/** One problem: what is wrong (a link to the place when it has one), its one-line fix (unless its group says it once), and a link to the place it refers to. */
export function ProblemItem({ problem, onSelect, hideFix }: { problem: Problem; onSelect(paragraph: number): void; hideFix?: boolean }) {
  const styles = useStyles();
  const Icon = problem.severity === "error" ? ErrorCircle16Filled : problem.severity === "warning" ? Warning16Filled : Info16Filled;
  return (
    <li className={styles.item} data-problem={problem.code}>
      <Icon className={styles[problem.severity]} aria-label={LABEL[problem.severity]} role="img" />
      <span className={styles.text}>
        {problem.paragraph !== undefined ? (
          <Link as="button" inline onClick={() => onSelect(problem.paragraph!)} title="Show this in the document">
            {problem.message}
          </Link>
        ) : (
          <span>{problem.message}</span>
        )}
        {!hideFix && <Caption1 className={styles.fix}>{problem.fix}</Caption1>}
        {problem.related && (
          <Link as="button" inline onClick={() => onSelect(problem.related!.paragraph)} title={`Show ${problem.related.label} in the document`}>
            Go to {problem.related.label}
          </Link>
        )}
      </span>
    </li>
  );
}
