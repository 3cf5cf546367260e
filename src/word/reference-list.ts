/**
 * "Update reference list": writes the formatted Harvard list into a content
 * control tagged ilm:references under the References heading.
 *
 * - First run: finds the References heading (or adds one at the end, before
 *   the Appendices if there are any) and puts the control under it.
 * - Later runs: replace only the control's paragraphs.
 * - A list the learner typed (paragraphs under References outside the control)
 *   is never removed unasked: without `replaceTyped` nothing of it is touched
 *   and the result carries a diff for the pane; with `replaceTyped: true` those
 *   paragraphs are deleted and the generated list takes their place.
 *
 * Three syncs whatever the document's length: two to read the body
 * (read-document.ts), one to write.
 *
 * In Word, deleting a control's first or last paragraph removes the control (office-js #4975,
 * #3176): an update unwraps the old list first, writes the new one before it, deletes the old
 * lines and wraps the new ones in a fresh control. Deleting with Track Changes on would only mark
 * the old lines (track-changes.ts): the learner is asked first. Lines deleted with Track Changes
 * are left out of what is read, as the check reads them.
 */
import { Tags } from "../model/document";
import type { TextRun } from "../harvard/format/runs";
import { diffReferenceLists, type ReferenceListDiff } from "../harvard/library/typed-diff";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { readInContext, readOptionsFor, type ControlInfo, type DocumentRead } from "./read-document";
import { requireBaseline } from "./requirements";
import { isTracking, trackChangesError, untracked, type TrackingOptions } from "./track-changes";
import type { WParagraph } from "./word-api";
import { TEXT_COLOUR } from "./write-blocks";

export interface ReferenceEntry {
  text: string;
  runs?: TextRun[];
}

export interface UpdateReferenceListOptions extends TrackingOptions {
  replaceTyped?: boolean;
}

export type UpdateStatus =
  /** The heading and control were added. */
  | "created"
  /** The control's content was replaced. */
  | "updated"
  /** A typed list is under References and no control yet: nothing was written; see diff. */
  | "typed-list-found"
  /** The typed list was replaced by the generated one (replaceTyped). */
  | "replaced-typed";

export interface UpdateReferenceListResult {
  status: UpdateStatus;
  /** Present whenever a typed list exists (and was kept, or was just replaced). */
  diff?: ReferenceListDiff;
  /** Paragraph count of the generated list now in the document. */
  entries: number;
  /** True when the References heading was added. */
  headingAdded: boolean;
}

const REFERENCES_HEADING = /^\s*(references?|reference list|list of references)\s*(?::\s*)?$/i;
const APPENDIX_HEADING = /^\s*appendi(?:x|xes|ces)\b/i;
export const REFERENCES_TITLE = "References";

/**
 * Hanging indent in points (half an inch), the usual layout of a Harvard list: the author stands out at
 * the margin. Set on every entry because a new paragraph takes its neighbour's indents (a learner's
 * block quotation, or none).
 */
export const HANGING_INDENT_POINTS = 36;

function runsOf(entry: ReferenceEntry): TextRun[] {
  return entry.runs && entry.runs.length ? entry.runs : [{ text: entry.text }];
}

function writeEntry(p: WParagraph, entry: ReferenceEntry): void {
  p.styleBuiltIn = "Normal";
  // insertParagraph continues a list the neighbour is in: an entry is never a bullet or number.
  p.detachFromList();
  // Word copies the neighbour's formatting into a new paragraph (grey guidance, an italic quotation).
  p.font.bold = false;
  // Every run's italic is set below, so this formats only the paragraph mark, which the in-memory Word
  // does not model apart from its runs (issue 14: a mutant out of its reach).
  p.font.italic = false;
  p.font.color = TEXT_COLOUR;
  p.leftIndent = HANGING_INDENT_POINTS;
  p.firstLineIndent = -HANGING_INDENT_POINTS;
  // Run by run, so titles (and et al.) are in italics; the paragraph was inserted empty.
  for (const run of runsOf(entry)) p.insertText(run.text, "End").font.italic = !!run.italic;
}

interface ReferenceSection {
  /** The add-in's list control, when the document has one. */
  ours: ControlInfo | undefined;
  /** Index of the References heading (-1 when absent). */
  headingIdx: number;
  /** Paragraphs the learner typed under the heading, outside the control. */
  typedIdx: number[];
  /**
   * Empty paragraphs under the heading, outside any control (the template's answer slot, blank
   * lines): they go when the list is written, so none is left after it. The document's last
   * paragraph stays, because Word keeps a paragraph after a block content control at the end.
   */
  emptyIdx: number[];
  insideOurs: (i: number) => boolean;
}

/** Where the reference list is: the heading, the add-in's control, and the learner's typed lines. */
function findReferenceSection(read: DocumentRead): ReferenceSection {
  const paras = read.doc.paragraphs;
  // first < 0: a control inside a sentence; the in-memory Word models block controls only, so no test
  // reaches this guard (issue 14: a mutant out of its reach).
  const ours = [...read.controls.values()].find((c) => c.tag === Tags.references && c.first >= 0);
  const insideOurs = (i: number) => !!ours && read.stacks[i].includes(ours.id);
  const headingIdx = paras.findIndex((p, i) => p.headingLevel > 0 && REFERENCES_HEADING.test(p.text) && !insideOurs(i));
  // The typed list: non-empty body paragraphs under the heading, up to the next heading of the same or a higher level.
  const typedIdx: number[] = [];
  const emptyIdx: number[] = [];
  if (headingIdx >= 0) {
    const level = paras[headingIdx].headingLevel;
    for (let i = headingIdx + 1; i < paras.length; i++) {
      const p = paras[i];
      if (p.headingLevel > 0 && p.headingLevel <= level) break;
      if (insideOurs(i) || p.role !== "body" || p.headingLevel !== 0) continue;
      if (p.text.trim() !== "") typedIdx.push(i);
      else if (p.text === "" && !p.table && read.stacks[i].length === 0 && i < paras.length - 1) emptyIdx.push(i);
    }
  }
  return { ours, headingIdx, typedIdx, emptyIdx, insideOurs };
}

/** The lines the learner typed under References (for "Import from your reference list"). Two syncs at most. */
export async function readTypedReferences(word: WordRunner): Promise<string[]> {
  requireBaseline(word);
  return runInWord(word, "read your reference list", async (context) => {
    // "Word" only labels read.doc.source, which nothing here reads (an equivalent mutant, issue 14; also below).
    const read = await readInContext(context, "Word", readOptionsFor(word));
    return findReferenceSection(read).typedIdx.map((i) => read.doc.paragraphs[i].text);
  });
}

/** Writes `entries` as the reference list; see the module comment for what is touched. */
export async function updateReferenceList(
  word: WordRunner,
  entries: readonly ReferenceEntry[],
  options: UpdateReferenceListOptions = {},
): Promise<UpdateReferenceListResult> {
  requireBaseline(word);
  if (entries.length === 0) throw new WordActionError("Add at least one source before updating the reference list.", "failed");
  return runInWord(word, "update the reference list", async (context) => {
    const read = await readInContext(context, "Word", readOptionsFor(word));
    const { ours, headingIdx, typedIdx, emptyIdx, insideOurs } = findReferenceSection(read);
    const paras = read.doc.paragraphs;
    const typedLines = typedIdx.map((i) => paras[i].text);
    const diff = typedLines.length ? diffReferenceLists(typedLines, entries.map((e) => e.text)) : undefined;

    if (!ours && typedLines.length && !options.replaceTyped) {
      return { status: "typed-list-found" as const, diff, entries: 0, headingAdded: false };
    }

    const deletes = !!ours || (!!options.replaceTyped && typedIdx.length > 0);
    if (deletes && isTracking(read.changeTrackingMode) && !options.trackChangesOff) throw trackChangesError("update the reference list");

    let headingAdded = false;
    let firstEntry: WParagraph | undefined;
    const wrap = (written: WParagraph[]) => {
      firstEntry = written[0];
      const control = written[0].getRange("Whole").expandTo(written[written.length - 1].getRange("Whole")).insertContentControl();
      control.tag = Tags.references;
      control.title = "Reference list (made by the ILM add-in: update it from the pane)";
    };
    const chain = (first: WParagraph): WParagraph[] => {
      const written = [first];
      writeEntry(first, entries[0]);
      for (const e of entries.slice(1)) {
        const p = written[written.length - 1].insertParagraph("", "After");
        writeEntry(p, e);
        written.push(p);
      }
      return written;
    };
    untracked(context, deletes ? read.changeTrackingMode : "Off", () => {
      if (ours) {
        // Unwrap the old list first (its edges would take the control with them), write the new list
        // where it stood, then delete the old lines, now plain paragraphs.
        const old = read.paragraphs.filter((_, i) => insideOurs(i));
        ours.proxy.delete(true);
        wrap(chain(old[0].insertParagraph("", "Before")));
        for (const p of old) p.delete();
      } else {
        let heading: WParagraph;
        if (headingIdx >= 0) heading = read.paragraphs[headingIdx];
        else {
          const appendix = paras.findIndex((p) => p.headingLevel > 0 && APPENDIX_HEADING.test(p.text));
          heading =
            appendix >= 0
              ? read.paragraphs[appendix].insertParagraph(REFERENCES_TITLE, "Before")
              : context.document.body.insertParagraph(REFERENCES_TITLE, "End");
          heading.styleBuiltIn = "Heading1";
          heading.detachFromList();
          heading.font.italic = false;
          // It follows the learner's last paragraph, which may be an indented quotation.
          heading.leftIndent = 0;
          heading.firstLineIndent = 0;
          headingAdded = true;
        }
        // Insert after the heading (before any typed list, which is then deleted if asked).
        wrap(chain(heading.insertParagraph("", "After")));
      }
      if (options.replaceTyped) for (const i of typedIdx) read.paragraphs[i].delete();
      // Blank lines left under References go too, so none follows the list; with Track Changes on and
      // nothing else to delete they stay rather than become tracked deletions.
      if (deletes || !isTracking(read.changeTrackingMode)) for (const i of emptyIdx) read.paragraphs[i].delete();
    });
    // Word scrolls to the list; the cursor waits at its start, nothing selected.
    firstEntry?.select("Start");
    await context.sync();
    const status: UpdateStatus = options.replaceTyped && typedLines.length ? "replaced-typed" : ours ? "updated" : "created";
    return { status, diff, entries: entries.length, headingAdded };
  });
}
