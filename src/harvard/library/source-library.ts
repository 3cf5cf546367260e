import type { CslItem } from "./csl";

/**
 * The learner's sources for one document. Stored inside the .docx (custom XML
 * part) as CSL-JSON, so the list travels with the file to the tutor and back.
 * Kept apart from library.ts so that the pane's state can start with an empty
 * library, and a library can be saved, without bringing the stored sources'
 * schema (zod), which only reading needs, onto the pane's start path.
 */
export interface SourceLibrary {
  version: 1;
  items: CslItem[];
}

export function emptyLibrary(): SourceLibrary {
  return { version: 1, items: [] };
}

/** What the document store keeps under its "sources" entry: CSL-JSON items with a format marker. */
export interface StoredLibrary {
  format: "csl-json";
  version: 1;
  items: CslItem[];
}

export function libraryToStored(lib: SourceLibrary): StoredLibrary {
  return { format: "csl-json", version: 1, items: lib.items };
}
