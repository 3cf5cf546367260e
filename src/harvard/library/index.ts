/**
 * The source library's light parts: what the task pane loads first (forms,
 * validation, the library container). Importing files (citation-js) and
 * formatting (citeproc-js) are separate entries loaded on demand:
 *   const { importSources } = await import("../harvard/library/import");
 *   const { createFormatter } = await loadFormat();   // src/harvard/format/load.ts
 */
export type { CslDate, CslItem, CslName, CslType } from "./csl";
export { SOURCE_KINDS, KIND_LABELS, sourceKindOf, cslTypeFor, isSourceKind } from "./kinds";
export type { SourceKind } from "./kinds";
export { SOURCE_FORMS, fieldLabel } from "./forms";
export type { FieldKey, FieldInput, FormField, SourceForm } from "./forms";
export { draftFromItem, itemFromDraft, bareDoi } from "./fields";
export type { SourceDraft } from "./fields";
export { validateSource, validateDraft, blockingErrors } from "./validate";
export type { FieldError } from "./validate";
export { parseName, parseNames, nameText, isOrganisation } from "./names";
export { yearOf, parseDay } from "./dates";
export {
  emptyLibrary, addSource, updateSource, removeSource, newSourceId,
  libraryToStored, libraryFromStored, LibraryFormatError,
} from "./library";
export type { SourceLibrary, StoredLibrary } from "./library";
export { sourcesFromTypedList, sourceFromTypedLine } from "./from-typed";
export type { TypedSource } from "./from-typed";
export { diffReferenceLists } from "./typed-diff";
export type { ReferenceListDiff } from "./typed-diff";
export { normaliseItem } from "./normalise";
