/**
 * Turns whatever went wrong into one sentence a learner can act on. Office.js errors carry a
 * `code` (OfficeExtension.ErrorCodes); anything else gets a general sentence, never a stack trace.
 */
export interface PaneError {
  title: string;
  message: string;
  /** "error" stops the action; "warning" means the pane carries on with less. */
  intent: "error" | "warning";
}

const BY_CODE: Record<string, Omit<PaneError, "intent">> = {
  AccessDenied: {
    title: "The document is read-only",
    message: "Word will not let the add-in change this document. Choose Enable Editing (or save a copy you can edit), then try again.",
  },
  EditModeRequired: {
    title: "The document is not in editing mode",
    message: "Switch Word to Editing mode (top right of the ribbon), then try again.",
  },
  ApiNotFound: {
    title: "This version of Word is too old for that",
    message: "Update Office, or use Word for the web, to use this feature. The rest of the pane still works.",
  },
  NotImplemented: {
    title: "This version of Word cannot do that",
    message: "Update Office, or use Word for the web, to use this feature. The rest of the pane still works.",
  },
  GeneralException: {
    title: "Word could not finish that",
    message: "Word reported a problem while working on the document. Click in the document, wait a moment and try again.",
  },
  ItemNotFound: {
    title: "That part of the document has gone",
    message: "The document changed since the last check. Press Check my draft again, then retry.",
  },
  InvalidArgument: {
    title: "Word could not finish that",
    message: "The document changed since the last check. Press Check my draft again, then retry.",
  },
  RequestPayloadSizeLimitExceeded: {
    title: "The document is too large to read in one go",
    message: "Word for the web limits how much an add-in can read at once. Try the desktop version of Word.",
  },
  ActivityLimitReached: {
    title: "Word is busy",
    message: "Word asked the add-in to slow down. Wait a few seconds and try again.",
  },
};

const TITLE_BY_REASON: Record<string, string> = {
  "read-only": "The document is read-only",
  unsupported: "This version of Word cannot do that",
  changed: "The document changed",
  "too-large": "The document is too large",
  busy: "Word is busy",
  failed: "Word could not finish that",
};

export function describeError(err: unknown, action?: string): PaneError {
  const e = err as { code?: unknown; name?: unknown; message?: unknown; userMessage?: unknown; reason?: unknown } | null;
  // src/word's WordActionError already carries one sentence for the learner.
  if (e && e.name === "WordActionError" && typeof e.message === "string") {
    const title = (typeof e.reason === "string" && TITLE_BY_REASON[e.reason]) || (action ? `Could not ${action}` : "Word could not finish that");
    return { title, message: e.message, intent: "error" };
  }
  const code = e && typeof e.code === "string" ? e.code : undefined;
  if (code && BY_CODE[code]) return { ...BY_CODE[code], intent: "error" };
  // Errors the add-in raises on purpose carry a sentence meant for the learner.
  if (e && typeof e.userMessage === "string") {
    return { title: action ? `Could not ${action}` : "Something needs your attention", message: e.userMessage, intent: "error" };
  }
  if (e && e.name === "UnknownUnitError" && typeof e.message === "string") {
    return { title: "Unknown unit", message: e.message, intent: "error" };
  }
  return {
    title: action ? `Could not ${action}` : "Something went wrong",
    message: "The add-in hit an unexpected problem. Your document has not been changed by it. Try again; if it keeps happening, close and reopen the pane.",
    intent: "error",
  };
}

/** For features a requirement set lacks: the pane keeps going and says what is missing. */
export function unsupported(feature: string, consequence: string): PaneError {
  return {
    title: `${feature} is not available in this version of Word`,
    message: consequence,
    intent: "warning",
  };
}
