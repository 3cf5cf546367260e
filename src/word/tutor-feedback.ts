/**
 * What a learner sees of the tutor's marking: the comments in the draft, each under the AC whose
 * section it is in (Range.getComments on each section, WordApi 1.4), and the grades once saved.
 * The add-in's own finding comments are left out: the learner's pane shows those findings itself.
 * Two syncs whatever the document's size (plus the store's two).
 */
import type { Marking } from "../marking/marking";
import { isAddinComment } from "../marking/comment-plan";
import { COMMENTS_KEY, MARKING_KEY, storedCommentMarkers, storedMarking, type StoredEntry } from "../marking/stored";
import { readStore } from "./doc-store";
import { supportsComments, supportsDocumentStore } from "./requirements";
import { runInWord, type WordRunner } from "./word-runner";
import type { WCommentCollection } from "./word-api";

export interface FeedbackComment {
  id: string;
  author: string;
  text: string;
  resolved: boolean;
  /** ISO date the comment was made. */
  date: string;
  /** The AC whose section holds it; null for comments elsewhere (cover sheet, references). */
  ac: string | null;
}

export interface Feedback {
  /** null when this Word cannot read comments (WordApi 1.4). */
  comments: FeedbackComment[] | null;
  /** null when this Word cannot keep data in the document. */
  marking: StoredEntry<Marking> | null;
}

/** A section of the draft: its AC and its paragraphs (DraftDocument indexes, heading to last). */
export interface SectionSpan {
  ac: string;
  from: number;
  to: number;
}

export async function readFeedback(word: WordRunner, sections: readonly SectionSpan[]): Promise<Feedback> {
  const store = supportsDocumentStore(word) ? await readStore(word) : null;
  const marking = store ? storedMarking(store[MARKING_KEY]) : null;
  if (!store || !supportsComments(word)) return { comments: null, marking };
  const markers = storedCommentMarkers(store[COMMENTS_KEY]);
  const ours = new Set(markers.state === "ok" ? markers.value.map((m) => m.id) : []);
  const comments = await runInWord(word, "read the comments in this document", async (context) => {
    const body = context.document.body;
    const all = body.getComments();
    all.load("items/id,items/content,items/authorName,items/resolved,items/creationDate");
    const paragraphs = body.paragraphs;
    paragraphs.load("items/tableNestingLevel");
    await context.sync();
    if (all.items.length === 0) return [];
    const items = paragraphs.items;
    const perSection: Array<{ ac: string; found: WCommentCollection }> = [];
    for (const s of sections) {
      const first = items[s.from];
      const last = items[Math.min(s.to, items.length - 1)];
      if (!first || !last || s.to < s.from) continue;
      perSection.push({ ac: s.ac, found: first.getRange("Whole").expandTo(last.getRange("Whole")).getComments().load("items/id") });
    }
    if (perSection.length) await context.sync();
    const acOf = new Map<string, string>();
    for (const { ac, found } of perSection) for (const c of found.items) if (!acOf.has(c.id)) acOf.set(c.id, ac);
    return all.items
      .filter((c) => !isAddinComment({ id: c.id, content: c.content, authorName: c.authorName }, ours))
      .map((c) => ({
        id: c.id,
        author: c.authorName,
        text: c.content,
        resolved: c.resolved,
        date: toIsoDate(c.creationDate),
        ac: acOf.get(c.id) ?? null,
      }));
  });
  return { comments, marking };
}

function toIsoDate(d: Date | string): string {
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}
