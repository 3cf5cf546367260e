import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { unitQuestionText } from "../model/view-text";
import { usePane } from "../state";

/**
 * Asked when the learner picks a unit for a document that has another unit's side-headings:
 * checking it against the new unit is allowed, mixing the two units' side-headings never is.
 */
export function UnitQuestion() {
  const { state, actions } = usePane();
  const q = state.unitQuestion;
  if (!q) return null;
  const text = unitQuestionText(q.documentUnit, q.unit);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unit-question">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={actions.keepDocumentUnit}>
          {text.keep}
        </Button>
        <Button size="small" onClick={actions.confirmUnit}>
          {text.confirm}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
