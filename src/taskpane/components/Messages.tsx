import { useEffect, useRef } from "react";
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
  // The confirmation can hold focus (see below): it shows it like any focused control.
  status: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } },
});

/** How long after a confirmation appears focus falling to the page is caught and given to it. */
const FOCUS_CATCH_MS = 1500;

/** Errors, missing-feature notes and confirmations, at the top of every tab. */
export function Messages() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const { error, notices, status, stale, watching, report } = state;
  const statusBar = useRef<HTMLDivElement>(null);
  // An action whose button went away (Insert template opens the Check tab) would leave focus on the
  // page: the confirmation takes it, so keyboard and screen-reader users carry on from there.
  useEffect(() => {
    const bar = statusBar.current;
    if (!status || !bar) return;
    const lost = () => {
      const active = document.activeElement;
      return !active || active === document.body || !active.isConnected;
    };
    if (lost()) {
      bar.focus();
      return;
    }
    // The button may go a moment later, once the next view has loaded: catch focus as it falls to the page.
    const onFocusOut = (e: FocusEvent) => {
      if (e.relatedTarget === null) setTimeout(() => lost() && bar.isConnected && bar.focus(), 0);
    };
    document.addEventListener("focusout", onFocusOut, true);
    const stop = setTimeout(() => document.removeEventListener("focusout", onFocusOut, true), FOCUS_CATCH_MS);
    return () => {
      clearTimeout(stop);
      document.removeEventListener("focusout", onFocusOut, true);
    };
  }, [status]);
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
        <MessageBar ref={statusBar} tabIndex={-1} className={styles.status} intent="success" layout="multiline" data-status>
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
