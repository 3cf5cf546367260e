/**
 * How much a .docx may unpack to before the reader refuses it. A real draft is far below every
 * limit: Word keeps a document's text under 32 MB, a 500-page thesis's document.xml is some
 * 10-20 MB, and it has a few hundred thousand XML elements nested a few dozen deep. A file past a
 * limit is built to exhaust memory (a "zip bomb") or damaged, and is refused in one sentence
 * rather than taking ilm-check, and every other file of a batch, down with it.
 */

/** What one part (word/document.xml, word/styles.xml ...) may unpack to. */
export const PART_LIMIT_BYTES = 100_000_000;
/** What all the parts read from one file, embedded documents included, may unpack to together. */
export const PACKAGE_LIMIT_BYTES = 250_000_000;
/**
 * XML elements in all the parts read from one file. Each costs the DOM about a kilobyte, so two
 * million is some 2 GB; a million empty paragraphs (a test of the reader) still fit.
 */
export const ELEMENT_LIMIT = 2_000_000;
/** How deep a part's XML may nest (libxml2 stops at 256 by default; nested tables need more). */
export const DEPTH_LIMIT = 1_000;

/** "100 MB", for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000).toLocaleString("en-GB")} MB`;
}

/**
 * What one file may still unpack to, shared by its parts and by the documents embedded in it
 * (w:altChunk), so nesting cannot multiply the limits.
 */
export interface UnpackBudget {
  bytes: number;
  elements: number;
}

export function newBudget(): UnpackBudget {
  return { bytes: PACKAGE_LIMIT_BYTES, elements: ELEMENT_LIMIT };
}
