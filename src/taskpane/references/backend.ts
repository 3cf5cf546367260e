import type { CslItem } from "../../harvard/library/csl";
import { yearOf } from "../../harvard/library/dates";
import { workKey } from "../../harvard/match";
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

/** The key the referencing checks give a work ("starr 2016"), for a library item: tells which sources the draft cites. */
export function itemWorkKey(item: Pick<CslItem, "author" | "editor" | "title" | "issued">): string {
  const first = item.author?.[0] ?? item.editor?.[0];
  return workKey(first?.family ?? first?.literal ?? item.title ?? "", yearOf(item.issued) || "no date");
}
