import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { unitName } from "../model/units";
import { usePane } from "../state";

/**
 * Asked when the learner picks a unit for a document that has another unit's side-headings:
 * checking it against the new unit is allowed, mixing the two units' side-headings never is.
 */
export function UnitQuestion() {
  const { state, actions } = usePane();
  const q = state.unitQuestion;
  if (!q) return null;
  const own = unitName(q.documentUnit);
  const picked = unitName(q.unit);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unit-question">
      <MessageBarBody>
        <MessageBarTitle>This document is for unit {own}</MessageBarTitle>
        It has the side-headings of unit {own}. Check it against unit {picked} instead? The add-in will not add unit {picked}'s
        side-headings to it: for unit {picked}, start a new document.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={actions.keepDocumentUnit}>
          Keep unit {own}
        </Button>
        <Button size="small" onClick={actions.confirmUnit}>
          Check against unit {picked}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
