import type { CslItem } from "./csl";

/**
 * The learner's sources for one document. Stored inside the .docx (custom XML
 * part) as CSL-JSON, so the list travels with the file to the tutor and back.
 * Kept apart from library.ts so that the pane's state can start with an empty
 * library without bringing the stored sources' schema (zod) onto its start path.
 */
export interface SourceLibrary {
  version: 1;
  items: CslItem[];
}

export function emptyLibrary(): SourceLibrary {
  return { version: 1, items: [] };
}
