/**
 * The add-in's data kept inside a document (one custom XML part under this namespace), shared by
 * the Word host (src/word/doc-store.ts writes and reads it) and the .docx reader (src/docx), so a
 * saved file carries it to `ilm-check` too.
 */
export const STORE_NAMESPACE = "urn:ilm-assignment-assistant:document-store:1";

/** The entries of the part, by key. */
export const StoreKeys = {
  /** Pass-descriptor ticks. */
  ticks: "ticks",
  /** The whole centre template (validated JSON) the document was made from. */
  centreTemplate: "centreTemplate",
} as const;
