/**
 * The check's findings as comments in the draft: which problems become comments, what each
 * says, and what it hangs on. Pure, so the pane (src/word/finding-comments.ts, through
 * Range.insertComment) and ilm-check --annotate (comments.xml in a .docx copy) make the same
 * comments in the same places.
 *
 * Anchors:
 * - a citation problem: the citation's own text in its paragraph;
 * - a reference problem: the reference list entry;
 * - a section problem: the AC's side-heading (for a duplicate, the copy the problem is about);
 * - anything else with a place: that paragraph;
 * - a whole-draft problem: the draft's first body paragraph.
 */
import type { DocParagraph, DraftDocument } from "../model/document";
import type { Problem, Report } from "../model/report";

/** Author name of the comments ilm-check writes (Office.js cannot set one: Word uses the signed-in user's). */
export const FINDING_AUTHOR = "ILM Assignment Assistant";
/** Every finding comment starts so, in Word and in .docx copies: the reader sees where it came from. */
export const FINDING_PREFIX = `${FINDING_AUTHOR}: `;

export type CommentAnchor =
  | { kind: "heading"; paragraph: number }
  | { kind: "citation"; paragraph: number; text: string; occurrence: number; start: number; end: number }
  | { kind: "reference"; paragraph: number }
  | { kind: "paragraph"; paragraph: number }
  | { kind: "draft"; paragraph: number };

export interface FindingComment {
  /** Stable across re-runs while the finding stands (rule, message, AC, anchored text); no paragraph numbers. */
  key: string;
  text: string;
  anchor: CommentAnchor;
  problem: Problem;
}

/** What a finding's comment says: what is wrong, then how to fix it, in the rule's own words. */
export function findingCommentText(problem: Pick<Problem, "message" | "fix">): string {
  const fix = problem.fix.trim();
  return `${FINDING_PREFIX}${problem.message.trim()}${fix ? ` How to fix: ${fix}` : ""}`;
}

/** Whether a comment's text is one the add-in wrote (how a copy whose ids were lost is still recognised). */
export function isFindingCommentText(text: string): boolean {
  return text.startsWith(FINDING_PREFIX);
}

/** Problems that become comments: errors and warnings (notes stay in the pane and the report). */
export function commentableProblems(report: Pick<Report, "problems">): Problem[] {
  return report.problems.filter((p) => p.severity === "error" || p.severity === "warning");
}

/** The first paragraph of the learner's own text: not the title, a heading, the cover sheet or guidance. */
export function firstBodyParagraph(doc: DraftDocument): number {
  const isText = (p: DocParagraph) => p.text.trim() !== "";
  const body = doc.paragraphs.find((p) => isText(p) && p.role === "body" && !p.isTitle && p.headingLevel === 0);
  return (body ?? doc.paragraphs.find(isText) ?? doc.paragraphs[0])?.index ?? 0;
}

/** Positions of `needle` in `hay`, in order. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function paragraphAt(doc: DraftDocument, index: number | undefined): DocParagraph | undefined {
  if (index === undefined) return undefined;
  const p = doc.paragraphs[index];
  return p && p.index === index ? p : doc.paragraphs.find((x) => x.index === index);
}

/**
 * Where one problem's comment goes. `seen` counts citations already anchored per paragraph and
 * text, so two problems about the same citation text in one paragraph take its first and second
 * occurrence.
 */
export function commentAnchor(problem: Problem, report: Pick<Report, "sections">, doc: DraftDocument, seen = new Map<string, number>()): CommentAnchor {
  const at = paragraphAt(doc, problem.paragraph);
  if (problem.citation && at) {
    const text = problem.citation.text ?? "";
    const found = occurrences(at.text, text);
    if (found.length > 0) {
      const k = `${at.index}\u0000${text}`;
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      const occurrence = Math.min(n, found.length - 1);
      const start = found[occurrence]!;
      return { kind: "citation", paragraph: at.index, text, occurrence, start, end: start + text.length };
    }
    return { kind: "paragraph", paragraph: at.index };
  }
  if (problem.reference && at) return { kind: "reference", paragraph: at.index };
  if (problem.ac) {
    // A duplicate points at the second copy (with `related` at the first): comment on that copy.
    if (problem.related && at) return { kind: "heading", paragraph: at.index };
    const heading = report.sections.find((s) => s.ac === problem.ac)?.paragraphs?.[0];
    if (heading !== undefined && paragraphAt(doc, heading)) return { kind: "heading", paragraph: heading };
    if (at) return { kind: "paragraph", paragraph: at.index };
    return { kind: "draft", paragraph: firstBodyParagraph(doc) };
  }
  if (at) return { kind: "paragraph", paragraph: at.index };
  return { kind: "draft", paragraph: firstBodyParagraph(doc) };
}

/** The text a key remembers for an anchor: what it hangs on, never where. */
function anchorKeyText(anchor: CommentAnchor, doc: DraftDocument): string {
  switch (anchor.kind) {
    case "citation":
      return anchor.text;
    case "draft":
      return "";
    default:
      return (paragraphAt(doc, anchor.paragraph)?.text ?? "").trim().slice(0, 120);
  }
}

/** Every error and warning of the report as a comment, in document order of the report's problems. */
export function findingComments(report: Pick<Report, "problems" | "sections">, doc: DraftDocument): FindingComment[] {
  const seen = new Map<string, number>();
  const keys = new Map<string, number>();
  return commentableProblems(report).map((problem) => {
    const anchor = commentAnchor(problem, report, doc, seen);
    const base = [problem.code, problem.messageId, problem.ac ?? "", anchor.kind, anchorKeyText(anchor, doc)].join("|");
    const n = (keys.get(base) ?? 0) + 1;
    keys.set(base, n);
    return { key: n === 1 ? base : `${base}|${n}`, text: findingCommentText(problem), anchor, problem };
  });
}

/** The findings as plain text, one per line, for a Word that cannot take comments (the tutor pastes them). */
export function findingsAsText(report: Pick<Report, "problems">): string {
  return commentableProblems(report)
    .map((p) => `${p.ac ? `AC ${p.ac}: ` : ""}${p.message.trim()} How to fix: ${p.fix.trim()}`)
    .join("\n");
}
