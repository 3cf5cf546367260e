/**
 * The tutor's "Add findings as comments" and "Remove the add-in's comments" in Word.
 *
 * One Word.run reads the document, has it checked (the caller's `analyse`), reads the comments
 * already there and the add-in's list of its own comments (the "comments" entry of its custom
 * XML part, src/marking/stored.ts), then applies the plan from src/marking/comment-plan.ts:
 * unchanged comments stay, changed ones get their new text, fixed ones go, new ones are added.
 * The list is saved again with every comment's id, so the next run updates rather than
 * duplicates, and removal deletes only those.
 *
 * The add-in cannot choose a comment's author (Word.Comment.authorName is read-only: Word uses
 * the signed-in user), so its comments show the tutor's name; their text starts with
 * "ILM Assignment Assistant: " so a reader can tell them from the tutor's own.
 *
 * New comments go in batches of COMMENT_BATCH per sync: inserting four or more comments in one
 * sync makes Word hang when the tutor presses Undo (office-js issue #4566,
 * https://github.com/OfficeDev/office-js/issues/4566). So the syncs are the read's (at most
 * three, whatever the document's length) plus one per batch plus one to save the list (which also
 * carries the updates and removals when nothing new is added).
 *
 * Comments need WordApi 1.4; without it the operation says so (COMMENTS_MESSAGE) and the pane
 * offers the findings as text instead.
 *
 * A comment of the add-in's that someone has replied to is never deleted: Word.Comment.delete()
 * "Deletes the comment and its replies" (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-delete-member(1)),
 * and a reply is the learner's or a tutor's own words. Where the add-in would delete it (its
 * problem is fixed, or the tutor removes the add-in's comments) it marks the thread resolved
 * instead and keeps it in its list.
 */
import type { DraftDocument } from "../model/document";
import type { Report } from "../model/report";
import { STORE_NAMESPACE, parseStore, type StoreData } from "../model/document-store";
import { findingComments, type CommentAnchor, type FindingComment } from "../marking/finding-comments";
import { addinComments, planFindingComments, type ExistingComment } from "../marking/comment-plan";
import { COMMENTS_KEY, commentMarkersEntry, storedCommentMarkers, type CommentMarker } from "../marking/stored";
import { queueStoreWrite } from "./doc-store";
import { readForAnalysis } from "./read-document";
import { requireBaseline, requireComments } from "./requirements";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import type { WComment, WCustomXmlPart, WParagraph, WRange, WRangeCollection, WordContext } from "./word-api";
import { plural } from "../shared/text/count";

/** Comments inserted per sync (office-js #4566: four or more in one sync hang Word's Undo). */
export const COMMENT_BATCH = 3;

export interface FindingsResult {
  added: number;
  updated: number;
  removed: number;
  kept: number;
  /** Comments whose problem is fixed, resolved rather than deleted because someone replied to them. */
  resolved: number;
  /** One sentence for the pane. */
  message: string;
}

/** What the add-in already knows about the comments in a document. */
interface CommentsState {
  comments: Array<ExistingComment & { proxy: WComment; resolved: boolean; replies: number }>;
  markers: CommentMarker[];
  parts: WCustomXmlPart[];
  store: StoreData;
}

/**
 * The longest text Word searches for: the reference page gives 255 characters at most, and a longer
 * one fails the batch (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-search-member(1)).
 */
export const SEARCH_TEXT_MAX = 255;

/** "Search" text Word reads literally: "^" starts one of Word's special codes, so it is doubled. */
export function searchText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/**
 * Queues what the comment operations read, so it travels with the caller's next sync: the body's
 * comments and the add-in's store parts. `finish` reads the store's XML (one more sync when the
 * part exists) and returns the state.
 */
function queueCommentsRead(context: WordContext) {
  const collection = context.document.body.getComments();
  // (An empty string in a load loads every scalar property, as load() with no argument does, so
  // mutation testing's emptied loads here and below survive: more is read, nothing else changes.)
  collection.load("items/id,items/content,items/authorName,items/resolved,items/replies/items/id");
  const parts = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
  parts.load("items/id");
  return {
    /** After the caller's sync: the part's XML needs one more (queued with `alongside`, then synced). */
    async finish(alongside?: () => boolean): Promise<CommentsState> {
      // Word on the web gives undefined, not [], when no part has the namespace (office-js #6673).
      const found = parts.items ?? [];
      const first = found[0];
      const xml = first ? first.getXml() : null;
      const queued = alongside?.() ?? false;
      if (xml || queued) await context.sync();
      const store = xml ? parseStore(xml.value) : {};
      const stored = storedCommentMarkers(store[COMMENTS_KEY]);
      if (stored.state === "newer") throw new WordActionError(stored.message, "unsupported");
      return {
        comments: collection.items.map((c) => ({
          id: c.id,
          content: c.content,
          authorName: c.authorName,
          resolved: c.resolved,
          replies: c.replies.items.length,
          proxy: c,
        })),
        markers: stored.state === "ok" ? stored.value : [],
        parts: found,
        store,
      };
    },
  };
}

function anchorRange(anchor: CommentAnchor, paragraphs: WParagraph[], searches: Map<FindingComment, WRangeCollection>, f: FindingComment): WRange {
  const p = paragraphs[anchor.paragraph];
  if (!p) throw new WordActionError("The document changed while the comments were being added: check it again and retry.", "changed");
  if (anchor.kind === "citation") {
    const found = searches.get(f)?.items ?? [];
    const hit = found[Math.min(anchor.occurrence, found.length - 1)];
    if (hit) return hit;
  }
  return p.getRange("Content");
}

/**
 * Takes away the add-in's comments `ids`: deleted, or, where someone has replied, resolved and
 * kept (deleting would take the replies with it). Returns the markers to keep in the list for
 * those kept and how many were resolved now (a thread resolved already is left as it is).
 */
function takeAway(ids: readonly string[], state: CommentsState): { deleted: number; kept: CommentMarker[]; resolved: number } {
  const byId = new Map(state.comments.map((c) => [c.id, c]));
  const keyOf = new Map(state.markers.map((m) => [m.id, m.key]));
  const kept: CommentMarker[] = [];
  let deleted = 0;
  let resolved = 0;
  for (const id of ids) {
    const c = byId.get(id)!;
    if (c.replies === 0) {
      c.proxy.delete();
      deleted++;
      continue;
    }
    if (!c.resolved) {
      c.proxy.resolved = true;
      resolved++;
    }
    const key = keyOf.get(id);
    if (key !== undefined) kept.push({ id, key });
  }
  return { deleted, kept, resolved };
}

/**
 * Queues the add-in's list of its comments, `markers` (none: the entry goes), into its custom XML
 * part when it differs from the list read; true when it does (and so was queued).
 */
function queueMarkersSave(context: WordContext, state: CommentsState, markers: readonly CommentMarker[]): boolean {
  const after = markers.length ? commentMarkersEntry(markers) : undefined;
  if (JSON.stringify(after ?? null) === JSON.stringify(state.store[COMMENTS_KEY] ?? null)) return false;
  queueStoreWrite(context, state.parts, state.store, { [COMMENTS_KEY]: after });
  return true;
}

function describe(r: Omit<FindingsResult, "message">): string {
  if (r.added + r.updated + r.removed + r.resolved === 0) {
    if (r.kept === 0) return "No errors or warnings to comment on: the draft passes every check.";
    return r.kept === 1 ? "The comment already in the draft still stands; nothing changed." : `The ${r.kept} comments already in the draft still stand; nothing changed.`;
  }
  const parts: string[] = [];
  // the first count names what it counts: "Updated 1 comment, kept 3."
  const count = (n: number) => (parts.length === 0 ? plural(n, "comment") : String(n));
  if (r.added) parts.push(`added ${count(r.added)}`);
  if (r.updated) parts.push(`updated ${count(r.updated)}`);
  if (r.removed) parts.push(`removed ${count(r.removed)} ${r.removed === 1 ? "whose problem is" : "whose problems are"} fixed`);
  if (r.resolved) parts.push(`resolved ${count(r.resolved)} with replies, whose ${r.resolved === 1 ? "problem is" : "problems are"} fixed`);
  if (r.kept) parts.push(`kept ${count(r.kept)}`);
  const text = parts.join(", ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Adds the draft's errors and warnings as comments, updating the add-in's comments from an
 * earlier run. `analyse` is the check (the pane passes its catalogue's), run on the document as
 * read in this same batch so every anchor matches the text.
 */
export async function addFindingComments(
  word: WordRunner,
  analyse: (doc: DraftDocument) => Pick<Report, "problems" | "sections">,
  options: { batch?: number } = {},
): Promise<FindingsResult> {
  requireBaseline(word);
  requireComments(word);
  const batch = Math.max(1, options.batch ?? COMMENT_BATCH);
  return runInWord(word, "add the findings as comments", async (context) => {
    const pending = queueCommentsRead(context);
    // The same read as the pane's check (notes and text boxes included), so the findings are the same;
    // analyse places a finding in a note or text box on the paragraph holding its anchor.
    const read = await readForAnalysis(context, word);
    const findings = findingComments(analyse(read.doc), read.doc);
    // Citation anchors are found by searching their paragraph, in the sync that reads the store.
    const searches = new Map<FindingComment, WRangeCollection>();
    const state = await pending.finish(() => {
      for (const f of findings) {
        if (f.anchor.kind !== "citation") continue;
        const p = read.paragraphs[f.anchor.paragraph];
        // Word searches for at most 255 characters (longer fails the whole batch): a longer citation is commented on its paragraph
        // (an emptied load("items/text") loads every scalar, as in queueCommentsRead: a surviving mutant)
        const text = searchText(f.anchor.text);
        if (p && text.length <= SEARCH_TEXT_MAX) searches.set(f, p.search(text, { matchCase: true }).load("items/text"));
      }
      return searches.size > 0;
    });

    const plan = planFindingComments(findings, state.comments, state.markers);
    const byId = new Map(state.comments.map((c) => [c.id, c.proxy]));
    for (const u of plan.update) byId.get(u.id)!.content = u.text;
    const gone = takeAway(plan.remove, state);

    // Updates and removals travel with the first batch of new comments, or else with the list's save.
    // (The insertComment load("id") emptied loads every scalar property, id among them: a surviving mutant.)
    const inserted: CommentMarker[] = [];
    for (let i = 0; i < plan.insert.length; i += batch) {
      const chunk = plan.insert.slice(i, i + batch).map((f) => ({
        f,
        comment: anchorRange(f.anchor, read.paragraphs, searches, f).insertComment(f.text).load("id"),
      }));
      await context.sync();
      for (const c of chunk) inserted.push({ id: c.comment.id, key: c.f.key });
    }

    const markers = [...plan.keep, ...plan.update.map(({ id, key }) => ({ id, key })), ...gone.kept, ...inserted];
    const listChanged = queueMarkersSave(context, state, markers);
    // (a list already without the removed ids, or updates alone, leave it as it was: then they go alone)
    // Word.run flushes whatever is still queued with a final sync when the batch returns (the in-memory Word
    // does the same), so this sync only makes the round trip explicit: the mutants that drop it or change its
    // condition survive, the same one sync happening at the batch's end instead.
    if (listChanged || (inserted.length === 0 && plan.update.length + gone.deleted + gone.resolved > 0)) await context.sync();
    const result = { added: inserted.length, updated: plan.update.length, removed: gone.deleted, kept: plan.keep.length, resolved: gone.resolved };
    return { ...result, message: describe(result) };
  });
}

/**
 * Deletes the add-in's comments (and only those) and empties its list; one someone has replied to
 * is resolved and kept instead (see above), and stays in the list. Three syncs at most.
 */
export async function removeFindingComments(word: WordRunner): Promise<{ removed: number; message: string; keptForReplies?: number }> {
  requireComments(word);
  return runInWord(word, "remove the add-in's comments", async (context) => {
    const pending = queueCommentsRead(context);
    await context.sync();
    const state = await pending.finish();
    const ours = addinComments(state.comments, state.markers);
    const gone = takeAway(
      ours.map((c) => c.id),
      state,
    );
    const listChanged = queueMarkersSave(context, state, gone.kept);
    // (explicit for clarity: Word.run's final flush would send the same deletions; its mutants survive, as above)
    if (gone.deleted || gone.resolved || listChanged) await context.sync();
    const n = gone.deleted;
    const kept = ours.length - n;
    const keptText =
      kept === 0
        ? ""
        : kept === 1
          ? "the one with replies is kept, marked resolved, so the replies are not lost"
          : `the ${kept} with replies are kept, marked resolved, so the replies are not lost`;
    const message =
      n === 0 && kept === 0
        ? "There are no comments from the add-in in this document."
        : n === 0
          ? `The add-in's ${plural(kept, "comment")} ${kept === 1 ? "has" : "have"} replies, so ${kept === 1 ? "it is" : "they are"} kept, marked resolved, rather than deleted with the replies; everyone else's comments are untouched.`
          : `Removed the add-in's ${plural(n, "comment")}; ${keptText ? `${keptText}; ` : ""}everyone else's comments are untouched.`;
    return { removed: n, message, ...(kept ? { keptForReplies: kept } : {}) };
  });
}
