import { useState } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "../icons";
import type { Problem } from "../../check/rules";
import { GROUP_BATCH, groupProblems, type ProblemRow } from "../model/problem-groups";
import { ProblemItem } from "./ProblemItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "grid", gridTemplateColumns: "16px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  toggle: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
  fix: { color: tokens.colorNeutralForeground2 },
  inner: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  info: { color: tokens.colorBrandForeground1 },
});

const LABEL = { error: "Errors", warning: "Warnings", info: "Notes" } as const;

function Group({ row, onSelect }: { row: Extract<ProblemRow, { kind: "group" }>; onSelect(paragraph: number): void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(0);
  const open = shown > 0;
  const Icon = row.severity === "error" ? ErrorCircle16Filled : row.severity === "warning" ? Warning16Filled : Info16Filled;
  const id = `group-${row.code}`;
  return (
    <li className={styles.group} data-group={row.code}>
      <Icon className={styles[row.severity]} aria-label={LABEL[row.severity]} role="img" />
      <span className={styles.text}>
        <Text id={`${id}-title`}>{row.title}</Text>
        {row.fix && <Caption1 className={styles.fix}>{row.fix}</Caption1>}
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={open}
          aria-controls={id}
          aria-describedby={`${id}-title`}
          onClick={() => setShown(open ? 0 : GROUP_BATCH)}
        >
          {open ? "Hide them" : "Show them"}
        </Button>
        {open && (
          <ul className={styles.inner} id={id} aria-labelledby={`${id}-title`}>
            {row.problems.slice(0, shown).map((p, i) => (
              <ProblemItem key={i} problem={p} onSelect={onSelect} hideFix={!!row.fix} />
            ))}
          </ul>
        )}
        {open && shown < row.problems.length && (
          <Button className={styles.toggle} size="small" appearance="transparent" onClick={() => setShown((n) => n + GROUP_BATCH)}>
            Show {Math.min(GROUP_BATCH, row.problems.length - shown)} more of {row.problems.length}
          </Button>
        )}
      </span>
    </li>
  );
}

/** A list of problems with those of one kind grouped ("199 references are not cited: show them"), most important first. */
export function ProblemList({ problems, onSelect, label }: { problems: readonly Problem[]; onSelect(paragraph: number): void; label?: string }) {
  const styles = useStyles();
  const rows = groupProblems(problems);
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row, i) =>
        row.kind === "one" ? <ProblemItem key={`${row.problem.code}-${i}`} problem={row.problem} onSelect={onSelect} /> : <Group key={row.code} row={row} onSelect={onSelect} />,
      )}
    </ul>
  );
}
