import type { CslItem } from "../../harvard/library/csl";
import type { SourceLibrary } from "../../harvard/library/library";
import type { FormattedEntry, FormattedText } from "../../harvard/format";

/** Document operations the References tab needs (src/word/reference-list.ts, citation-insert.ts, the library part). */
export interface ReferencesBackend {
  /** The learner's sources saved in the document; an empty library when none; null when Word cannot store them. */
  loadLibrary(): Promise<SourceLibrary | null>;
  /** false when the library could not be stored in the document (kept for this session only). */
  saveLibrary(lib: SourceLibrary): Promise<boolean>;
  /** Inserts the citation at the cursor. */
  insertCitation(citation: FormattedText): Promise<void>;
  /** The reference list as it stands in the document, one entry per line ([] when there is none). */
  readReferenceList(): Promise<string[]>;
  /** Replaces the reference list (only the add-in's list, or the paragraphs under the References heading). */
  replaceReferenceList(entries: FormattedEntry[]): Promise<void>;
}

/** Library id -> the key the checks use for a work ("starr 2016"), to tell which sources the draft cites. */
export function workKey(item: Pick<CslItem, "author" | "editor" | "title" | "issued">): string {
  const first = item.author?.[0] ?? item.editor?.[0];
  const who = (first?.family ?? first?.literal ?? item.title ?? "").toLowerCase().trim();
  const parts = item.issued?.["date-parts"]?.[0];
  const year = parts && parts[0] !== undefined ? String(parts[0]) : "no date";
  return `${who} ${year}`;
}
