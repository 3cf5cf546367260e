/**
 * Everything the task pane calls to work on the document. Each function takes
 * a WordHost: officeWordHost() inside Word, memoryHost(doc) in tests and the preview.
 */
export { officeWordHost, runInWord, toWordActionError, WordActionError } from "./host";
export type { WordHost, WordErrorReason } from "./host";
export { missingFeatures, supportsBaseline, supportsDocumentStore, BASELINE_MESSAGE, DOCUMENT_STORE_MESSAGE } from "./requirements";
export type { FeatureNotice } from "./requirements";
export { readDocument, readInContext } from "./read-document";
export type { DocumentRead, ControlInfo } from "./read-document";
export { insertTemplate, isEmptyDocument } from "./insert-template";
export type { InsertTemplateResult, InsertTemplateOutcome } from "./insert-template";
export { insertMissingSections } from "./insert-missing";
export type { InsertMissingResult } from "./insert-missing";
export { removeGuidance } from "./remove-guidance";
export type { RemoveGuidanceResult } from "./remove-guidance";
export { readStore, writeStore, loadTicks, saveTicks, STORE_NAMESPACE } from "./doc-store";
export type { StoreData, Ticks } from "./doc-store";
export { selectParagraph, selectParagraphs } from "./select";
