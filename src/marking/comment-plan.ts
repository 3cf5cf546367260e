/**
 * Running "Add findings as comments" again updates the add-in's comments instead of adding
 * duplicates: this works out which comments stay, which get new text, which go (the problem is
 * fixed) and which findings need a new comment. Pure, for the pane and ilm-check --annotate alike.
 *
 * A comment is the add-in's when its id is in the document's list of the add-in's comments
 * (the "comments" entry, stored.ts), when its author is the name ilm-check writes, or when its
 * text starts with the add-in's prefix (a copy whose ids changed, as .docx comment ids and
 * Office.js ids differ: office-js issue #5946). Everyone else's comments are never touched.
 */
import { FINDING_AUTHOR, isFindingCommentText, type FindingComment } from "./finding-comments";
import type { CommentMarker } from "./stored";

export interface ExistingComment {
  id: string;
  content: string;
  authorName?: string;
}

export interface CommentPlan {
  keep: CommentMarker[];
  update: Array<CommentMarker & { text: string }>;
  remove: string[];
  insert: FindingComment[];
}

export function isAddinComment(c: ExistingComment, markerIds: ReadonlySet<string>): boolean {
  return markerIds.has(c.id) || c.authorName === FINDING_AUTHOR || isFindingCommentText(c.content);
}

/** The add-in's own comments among `existing`. */
export function addinComments<C extends ExistingComment>(existing: readonly C[], markers: readonly CommentMarker[]): C[] {
  const ids = new Set(markers.map((m) => m.id));
  return existing.filter((c) => isAddinComment(c, ids));
}

export function planFindingComments(findings: readonly FindingComment[], existing: readonly ExistingComment[], markers: readonly CommentMarker[]): CommentPlan {
  const keyOf = new Map(markers.map((m) => [m.id, m.key]));
  const ours = addinComments(existing, markers);
  const taken = new Set<string>();
  const matched = new Map<FindingComment, ExistingComment>();

  // First by the finding's key, then (for comments whose key was lost) by identical text.
  for (const f of findings) {
    const c = ours.find((o) => !taken.has(o.id) && keyOf.get(o.id) === f.key);
    if (c) {
      taken.add(c.id);
      matched.set(f, c);
    }
  }
  for (const f of findings) {
    if (matched.has(f)) continue;
    const c = ours.find((o) => !taken.has(o.id) && o.content === f.text);
    if (c) {
      taken.add(c.id);
      matched.set(f, c);
    }
  }

  const plan: CommentPlan = { keep: [], update: [], remove: [], insert: [] };
  for (const f of findings) {
    const c = matched.get(f);
    if (!c) plan.insert.push(f);
    else if (c.content === f.text) plan.keep.push({ id: c.id, key: f.key });
    else plan.update.push({ id: c.id, key: f.key, text: f.text });
  }
  plan.remove = ours.filter((o) => !taken.has(o.id)).map((o) => o.id);
  return plan;
}
