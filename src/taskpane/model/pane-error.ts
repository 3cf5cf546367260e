/**
 * Turns whatever went wrong into one sentence a learner can act on, never a stack trace. Office.js
 * error codes are worded in one place, src/word/action-errors.ts; this adds the pane's title.
 */
import { reasonForCode, toWordActionError, WORDING, type WordErrorReason } from "../../word/action-errors";
import { CHUNK_FAILED_MESSAGE, CHUNK_FAILED_TITLE, isChunkLoadError } from "./chunk-error";

export interface PaneError {
  title: string;
  message: string;
  /** "error" stops the action; "warning" means the pane carries on with less. */
  intent: "error" | "warning";
  /** A way forward the message offers as a button ("Go ahead with Track Changes off"). */
  offer?: { label: string; run: () => void };
}

function isReason(reason: unknown): reason is WordErrorReason {
  return typeof reason === "string" && Object.prototype.hasOwnProperty.call(WORDING, reason);
}

/** `action` completes "Could not …" ("check my draft"); without it the sentences say "do that". */
export function describeError(err: unknown, action?: string): PaneError {
  const e = err as { code?: unknown; name?: unknown; message?: unknown; userMessage?: unknown; reason?: unknown } | null;
  // src/word's WordActionError already carries one sentence for the learner.
  if (e && e.name === "WordActionError" && typeof e.message === "string") {
    const title = isReason(e.reason) ? WORDING[e.reason].title : action ? `Could not ${action}` : "Word could not finish that";
    return { title, message: e.message, intent: "error" };
  }
  // An Office.js error (OfficeExtension.Error is named "RichApi.Error") that did not come through
  // src/word's runInWord: worded by the same table.
  const code = e && typeof e.code === "string" ? e.code : undefined;
  if (code && (reasonForCode(code) || e?.name === "RichApi.Error")) {
    const worded = toWordActionError(err, action ?? "do that");
    return { title: WORDING[worded.reason].title, message: worded.message, intent: "error" };
  }
  // Errors the add-in raises on purpose carry a sentence meant for the learner.
  if (e && typeof e.userMessage === "string") {
    return { title: action ? `Could not ${action}` : "Something needs your attention", message: e.userMessage, intent: "error" };
  }
  if (isChunkLoadError(err)) return { title: CHUNK_FAILED_TITLE, message: CHUNK_FAILED_MESSAGE, intent: "error" };
  if (e && e.name === "UnknownUnitError" && typeof e.message === "string") {
    return { title: "Unknown unit", message: e.message, intent: "error" };
  }
  return {
    title: action ? `Could not ${action}` : "Something went wrong",
    message: "The add-in hit an unexpected problem. Your document has not been changed by it. Try again; if it keeps happening, close and reopen the pane.",
    intent: "error",
  };
}
