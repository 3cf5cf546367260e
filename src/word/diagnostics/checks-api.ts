/** The Office.js ground rules the in-memory Word is built on, and arguments Word rejects. */
import type { WRange } from "../word-api";
import { addParagraphs, codeOf, failureOf, observe } from "./probe";
import type { DiagnosticCheck } from "./types";

export const API_CHECKS: DiagnosticCheck[] = [
  {
    id: "baseline-requirement-set",
    assumption: "Word supports WordApi 1.3, the add-in's floor (content control tags, styleBuiltIn, lists).",
    source: "https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-requirement-sets",
    async run(scratch) {
      const ok = scratch.isSetSupported("WordApi", "1.3");
      return observe(ok, `WordApi 1.3 ${ok ? "supported" : "not supported"}`);
    },
  },
  {
    id: "unloaded-property-throws",
    assumption: "Reading a property that was not loaded and synced throws PropertyNotLoaded.",
    source: "https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load (and OfficeExtension.ErrorCodes.propertyNotLoaded)",
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["x"]);
      try {
        const text = p!.text;
        return observe(false, `read ${JSON.stringify(text)} without load`);
      } catch (error) {
        return observe(codeOf(error) === "PropertyNotLoaded", `error ${codeOf(error)}`);
      }
    },
  },
  {
    id: "range-before-rejected",
    assumption: "Range.getRange(\"Before\") is rejected: \"Before\" is for content controls only (the typed API no longer allows it).",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation (\"before: For content control only\")",
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["x"]);
      const range = p!.getRange("Whole") as unknown as { getRange(location: string): WRange };
      const code = await failureOf(scratch, () => range.getRange("Before").load("text"));
      return observe(code === "InvalidArgument", `error ${code ?? "none: Word accepted it"}`);
    },
  },
  {
    id: "body-insert-before-rejected",
    assumption: "Body.insertParagraph takes only \"Start\" or \"End\".",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-insertparagraph-member(1)",
    async run(scratch) {
      const body = scratch.body as unknown as { insertParagraph(text: string, location: string): unknown };
      const code = await failureOf(scratch, () => body.insertParagraph("x", "Before"));
      return observe(code === "InvalidArgument", `error ${code ?? "none: Word accepted it"}`);
    },
  },
];

/** OfficeExtension.EventHandlerResult, as the add-in uses it (document-events.ts). */
interface EventHandle {
  readonly context: unknown;
  remove(): void;
}
interface Eventful {
  onParagraphChanged?: { add(handler: () => void): EventHandle };
}

API_CHECKS.push({
  id: "event-handle-context",
  assumption: "An event handler's result carries the request context it was added in; removing it must run in that context (Word.run(handle.context, ...)).",
  source: "https://learn.microsoft.com/en-us/office/dev/add-ins/word/word-add-ins-events (\"Remove an event handler\")",
  scope: "document",
  requires: { set: "WordApi", version: "1.6" },
  async run(scratch) {
    const events = (scratch.document as unknown as Eventful).onParagraphChanged;
    if (!events) return observe(false, "Document.onParagraphChanged is missing");
    const handle = events.add(() => undefined);
    await scratch.context.sync();
    const same = handle.context === scratch.context;
    handle.remove();
    await scratch.context.sync();
    return observe(same, same ? "the handle's context is the batch's own" : "the handle's context is another object");
  },
});
