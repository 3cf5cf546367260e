/**
 * `ilm-check --annotate`: a copy of a draft with each error and warning of the check as a Word
 * comment, anchored as the pane anchors them and saying what the pane says
 * (src/marking/finding-comments.ts), signed "ILM Assignment Assistant". Annotating a copy again
 * goes by the pane's re-run plan (src/marking/comment-plan.ts): the add-in's comments for
 * findings that still stand are kept, those for findings that are gone are removed, new ones are
 * added (one someone has replied to is marked resolved instead, its thread kept), and nobody
 * else's comment is touched. The input file is only read.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname } from "path";
import type { Report } from "../check/rules";
import type { CommentTarget, DocxWithComments } from "../docx/write-comments";
import { planFindingComments } from "../marking/comment-plan";
import { FINDING_AUTHOR, findingComments, type CommentAnchor } from "../marking/finding-comments";
import { CliInputError } from "./cli-input-error";

/** The initials Word shows beside the add-in's comments. */
const INITIALS = "ILM";

export interface AnnotateOptions {
  /** Where the copy goes. */
  out: string;
  /** The comments' date, ISO 8601 (one for the whole batch). */
  date: string;
}

export interface AnnotatedCopy {
  out: string;
  /** The add-in's comments in the copy: one per error and warning. */
  comments: number;
  added: number;
  removed: number;
}

/** Writes the annotated copy; throws CliInputError (one sentence) when it cannot be written. */
export function writeAnnotatedCopy(opened: DocxWithComments, report: Report, options: AnnotateOptions): AnnotatedCopy {
  const findings = findingComments(report, opened.doc);
  const existing = opened.comments.map((c) => ({ id: c.id, content: c.text, authorName: c.author }));
  // The pane's list of its comments holds Word's ids, which a .docx does not use (office-js
  // #5946): the add-in's comments in a file are known by their author and text.
  const plan = planFindingComments(findings, existing, []);
  // A comment of the add-in's that someone has replied to is resolved rather than removed, as in
  // the pane (src/word/finding-comments.ts): removing it would part the replies from their thread.
  const remove = plan.remove.filter((id) => !opened.repliedTo.has(id));
  const resolve = plan.remove.filter((id) => opened.repliedTo.has(id));
  const { bytes, inserted } = opened.write({
    author: FINDING_AUTHOR,
    initials: INITIALS,
    date: options.date,
    remove,
    resolve,
    update: plan.update.map((u) => ({ id: u.id, text: u.text })),
    insert: plan.insert.map((f) => ({ text: f.text, target: targetOf(f.anchor) })),
  });
  try {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const open = code === "EBUSY" || code === "EPERM" || code === "EACCES" ? "; close it if it is open in Word, or choose another folder" : "";
    throw new CliInputError(`${options.out}: the annotated copy could not be written (${code ?? "error"})${open}.`);
  }
  return { out: options.out, comments: plan.keep.length + plan.update.length + inserted, added: inserted, removed: remove.length };
}

function targetOf(anchor: CommentAnchor): CommentTarget {
  return anchor.kind === "citation" ? { paragraph: anchor.paragraph, start: anchor.start, end: anchor.end } : { paragraph: anchor.paragraph };
}

/** A comment's date as Word writes it: ISO 8601 to the second, UTC. */
export function commentDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
