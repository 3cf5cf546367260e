/**
 * Help > Run diagnostics: runs the contract checks (src/word/diagnostics) in a scratch document,
 * never the learner's, and shows a report to copy and send. When done it marks the page with
 * data-diagnostics="N passed, M failed" on <html>, for the browser test and anyone scripting a check.
 */
import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Engine } from "../backend";
import type { DiagnosticsReport } from "../../word/diagnostics/types";
import { describeError } from "../model/pane-error";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  report: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

type Phase = { kind: "running"; done: number; total: number } | { kind: "done"; report: DiagnosticsReport; text: string } | { kind: "failed"; message: string };

export default function DiagnosticsDialog(props: { engine: Engine; onClose(): void }) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: "running", done: 0, total: 0 });
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const { engine } = props;

  useEffect(() => {
    let live = true;
    engine
      .diagnostics((done, total) => live && setPhase({ kind: "running", done, total }))
      .then(({ report, text }) => {
        document.documentElement.dataset.diagnostics = `${report.passed} passed, ${report.failed} failed`;
        if (live) setPhase({ kind: "done", report, text });
      })
      .catch((err: unknown) => {
        document.documentElement.dataset.diagnostics = "0 passed, 0 failed";
        if (live) setPhase({ kind: "failed", message: describeError(err, "run the diagnostics").message });
      });
    return () => {
      live = false;
    };
  }, [engine]);

  const copy = async () => {
    if (phase.kind !== "done") return;
    try {
      await navigator.clipboard.writeText(phase.text);
    } catch {
      // Some Office web views refuse the clipboard API: select the text so Ctrl+C copies it.
      area.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby="diagnostics-intro">
        <DialogBody>
          <DialogTitle>Word diagnostics</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="diagnostics-intro">
              These checks test what the add-in expects of this version of Word. They run in a hidden scratch document (or in this document only when it is blank): your work is never changed.
            </Body1>
            {phase.kind === "running" && (
              <ProgressBar
                value={phase.total ? phase.done / phase.total : undefined}
                aria-label="Running the checks"
                aria-valuetext={phase.total ? `${phase.done} of ${phase.total} checks run` : "Starting"}
              />
            )}
            {phase.kind === "failed" && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{phase.message}</MessageBarBody>
              </MessageBar>
            )}
            {phase.kind === "done" && (
              <>
                <MessageBar intent={phase.report.failed ? "warning" : "success"} layout="multiline">
                  <MessageBarBody>
                    {phase.report.passed} passed, {phase.report.failed} failed, {phase.report.skipped} skipped.
                    {phase.report.note ? ` ${phase.report.note}` : ""} Copy the report and send it to whoever asked for it.
                  </MessageBarBody>
                </MessageBar>
                <Textarea ref={area} className={styles.report} readOnly rows={12} value={phase.text} aria-label="Diagnostics report" resize="vertical" />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={phase.kind !== "done"} onClick={() => void copy()}>
              {copied ? "Copied" : "Copy report"}
            </Button>
            <Button onClick={props.onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
