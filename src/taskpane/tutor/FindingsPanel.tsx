import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CommentAdd20Regular, CommentDismiss20Regular, Copy20Regular } from "../icons";
import { COMMENTS_MESSAGE } from "../../word/requirements";
import { FINDING_PREFIX } from "../../marking/finding-comments";
import { usePane } from "../state";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** "Add findings as comments" and "Remove the add-in's comments"; the findings as text where Word cannot comment. */
export function FindingsPanel() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const busy = !!state.busy;
  const { support, findingsMessage } = state.tutor;
  const [text, setText] = useState<string | null>(null);
  const cannot = support !== null && !support.comment;

  return (
    <div className={styles.panel}>
      <Body1>
        Runs the check and adds each error and warning as a Word comment on what it is about: the AC's side-heading, the
        citation, the reference list entry, or the first paragraph for the whole draft. Each says what is wrong and how to fix
        it. Run it again after the learner's next draft: the add-in's comments are updated, never duplicated.
      </Body1>
      <Caption1>
        Word shows these comments under your own name (an add-in cannot choose the author); their text starts with
        &ldquo;{FINDING_PREFIX.trim()}&rdquo;. Your own comments and the learner's are never changed.
      </Caption1>
      {cannot ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Comments are not available</MessageBarTitle>
            {COMMENTS_MESSAGE}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.row}>
          <Button appearance="primary" icon={<CommentAdd20Regular />} disabled={busy || !support} onClick={() => void actions.tutor.addFindings()}>
            Add findings as comments
          </Button>
          <Button icon={<CommentDismiss20Regular />} disabled={busy || !support} onClick={() => void actions.tutor.removeFindings()}>
            Remove the add-in&apos;s comments
          </Button>
        </div>
      )}
      {findingsMessage && (
        <MessageBar intent="success" layout="multiline" data-testid="findings-result">
          <MessageBarBody>{findingsMessage}</MessageBarBody>
        </MessageBar>
      )}
      {(cannot || text !== null) && (
        <div className={styles.panel}>
          <div className={styles.row}>
            <Button
              icon={<Copy20Regular />}
              disabled={!state.report}
              onClick={() => {
                const t = actions.tutor.findingsText();
                setText(t);
                void navigator.clipboard?.writeText(t).catch(() => undefined);
              }}
            >
              Copy the findings as text
            </Button>
          </div>
          {text !== null && (
            <Field label="The findings, to paste into your feedback" hint="Copied where Word allows it; otherwise select and copy them here.">
              <Textarea value={text || "No errors or warnings: the draft passes every check."} readOnly rows={8} resize="vertical" />
            </Field>
          )}
        </div>
      )}
    </div>
  );
}
