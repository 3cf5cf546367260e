/**
 * In-memory Word: the subset of the Word JavaScript API the add-in uses,
 * behaving like Office.js where it matters (queued actions, load + sync before
 * reads, counted syncs, requirement sets). Browser-safe: no Node APIs.
 */
export { MemoryDocument, FULL_REQUIREMENTS, WEB_REQUIREMENTS, rootNamespace } from "./model";
export type { SyncFault } from "./model";
export type { ParaData, ControlData, XmlPartData, RequirementSets, TablePosition, RunData, InlineObject, ChangeTrackingMode } from "./model";
export { MemoryOfficeError } from "./office-error";
export { MemoryRequestContext, parseLoad } from "./proxy";
export { memoryRun, memoryRunInContext } from "./run";
export { acceptAllChanges } from "./track-changes";
export { fireParagraphEvent } from "./events";
export { createList, listStringOf, defaultLevels } from "./lists";
export type { ListData, ListRef } from "./lists";
export type { Platform } from "./web-platform";
export { buildMemoryDocument, memoryDocumentFromDraft, snapshot, controlsSnapshot } from "./build";
export type { MemoryParagraphSpec, ControlSpec, ParagraphSnapshot, MemoryDocumentOptions } from "./build";
export { styleNameForBuiltIn, builtInForStyle } from "./styles";
export { memoryWordRunner } from "./word-runner";
export { addMemoryComment, addMemoryReply, commentsSnapshot, memoryComments, setCommentUser, DEFAULT_COMMENT_USER } from "./comments";
export type { CommentData, CommentSnapshot, CommentUser } from "./comments";
export { tableData, tableParagraphs } from "./tables";
export type { TableData } from "./tables";
