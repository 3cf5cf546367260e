import type { CslItem } from "../../harvard/library/csl";
import { yearOf } from "../../harvard/library/dates";
import { workKey } from "../../harvard/match";

/** Document operations the References tab needs: the Word operations in src/word/references-ops.ts. */
export type { ReferencesOps as ReferencesBackend } from "../../word/references-ops";

/** The key the referencing checks give a work ("starr 2016"), for a library item: tells which sources the draft cites. */
export function itemWorkKey(item: Pick<CslItem, "author" | "editor" | "title" | "issued">): string {
  const first = item.author?.[0] ?? item.editor?.[0];
  return workKey(first?.family ?? first?.literal ?? item.title ?? "", yearOf(item.issued) || "no date");
}
