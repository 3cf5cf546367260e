import { useMemo } from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircle20Filled, DismissCircle20Filled, QuestionCircle20Regular, ShieldCheckmark20Regular, Warning20Filled } from "../icons";
import { assessReadiness } from "../model/readiness";
import { usePane } from "../state";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "grid", gridTemplateColumns: "20px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  na: { color: tokens.colorNeutralForeground3 },
  caveat: { color: tokens.colorPaletteMarigoldForeground2 },
  caveatText: { fontWeight: tokens.fontWeightSemibold },
});

/** "Before you submit": runs every check and says plainly whether the draft is ready. */
export function SubmitView() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const readiness = useMemo(
    () => (state.report && state.doc ? assessReadiness(state.report, state.doc, { wordingToBeConfirmed: state.unit?.wordingStatus === "to-be-confirmed" }) : null),
    [state.report, state.doc, state.unit],
  );
  return (
    <div className={styles.view}>
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        Before you submit
      </Text>
      <Button appearance="primary" icon={<ShieldCheckmark20Regular />} disabled={!!state.busy} onClick={() => void actions.check()}>
        Run every check
      </Button>
      {!readiness && <Body1>Runs every check on your draft and tells you whether it is ready to hand in.</Body1>}
      {readiness && (
        <>
          <MessageBar intent={readiness.ready ? "success" : "warning"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{readiness.ready ? "Ready" : "Not ready yet"}</MessageBarTitle>
              {readiness.verdict}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list} aria-label="Submission checks">
            {readiness.checks.map((c) => (
              <li key={c.id} className={styles.item} data-check={c.id} data-ok={String(c.ok)}>
                {c.ok === true && c.caveat ? (
                  <Warning20Filled className={styles.caveat} aria-label="Passed, to be confirmed" role="img" />
                ) : c.ok === true ? (
                  <CheckmarkCircle20Filled className={styles.pass} aria-label="Passed" role="img" />
                ) : c.ok === false ? (
                  <DismissCircle20Filled className={styles.fail} aria-label="Not yet" role="img" />
                ) : (
                  <QuestionCircle20Regular className={styles.na} aria-label="Does not apply" role="img" />
                )}
                <span className={styles.text}>
                  <Text weight="semibold">{c.label}</Text>
                  <Caption1>{c.detail}</Caption1>
                  {c.caveat && <Caption1 className={styles.caveatText}>{c.caveat}</Caption1>}
                  {c.ok === false && c.paragraph !== undefined && (
                    <Link as="button" onClick={() => void actions.select(c.paragraph)}>
                      Show me where
                    </Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
