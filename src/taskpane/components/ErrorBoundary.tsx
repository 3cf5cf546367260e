import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { CHUNK_FAILED_MESSAGE, CHUNK_FAILED_TITLE, isChunkLoadError } from "../model/chunk-error";
import { retryFailedViews } from "./retryable-lazy";

interface State {
  failed: boolean;
  /** A view's code could not be fetched: Try again fetches it again. */
  chunk?: boolean;
}

/** Whatever a view throws, the learner sees a sentence and a way back, never a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { failed: false };

  // Going to another view after a failure draws that view afresh (fetching its code again).
  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) {
      retryFailedViews();
      this.setState({ failed: false, chunk: false });
    }
  }

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, chunk: isChunkLoadError(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the browser console; the learner sees the message bar.
    console.error("ILM Assignment Assistant:", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.state.chunk) {
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{CHUNK_FAILED_TITLE}</MessageBarTitle>
            {CHUNK_FAILED_MESSAGE}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                retryFailedViews();
                this.setState({ failed: false, chunk: false });
              }}
            >
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>The pane hit a problem</MessageBarTitle>
          Your document has not been changed by it. Press Try again; if it keeps happening, close and reopen the pane.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ failed: false })}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
