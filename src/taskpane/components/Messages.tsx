import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "../icons";
import { usePane } from "../state";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Errors, missing-feature notes and confirmations, at the top of every tab. */
export function Messages() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const { error, notices, status, stale, watching, report } = state;
  return (
    <div className={styles.stack} aria-live="polite">
      {error && (
        <MessageBar intent={error.intent} layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
          <MessageBarActions
            {...(error.offer
              ? {
                  children: (
                    <Button size="small" onClick={error.offer.run} disabled={!!state.busy}>
                      {error.offer.label}
                    </Button>
                  ),
                }
              : {})}
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss message"
                icon={<Dismiss16Regular />}
                onClick={actions.dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {notices.map((n) => (
        <MessageBar key={n.feature} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{n.feature}</MessageBarTitle>
            {n.consequence}
          </MessageBarBody>
        </MessageBar>
      ))}
      {status && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      {report && stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your draft has changed</MessageBarTitle>
            The results below are from before your last edits.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void actions.check()} disabled={!!state.busy}>
              Check again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {report && !watching && state.tab !== "references" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>This version of Word does not tell the add-in about edits: press Check again after you change your draft.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
