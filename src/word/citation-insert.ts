/**
 * "Insert citation": puts the formatted citation into the learner's text.
 *
 * Where it goes, and why it never replaces anything:
 * - a collapsed selection (the cursor): at the cursor;
 * - a selection of text (say, the sentence the citation supports): right AFTER
 *   the selection. A selection is not replaced, because a stray click-drag
 *   would otherwise delete the learner's words; if they want to replace text
 *   they can delete it themselves first.
 * Spacing is a writer's: a space goes in front when the citation would touch the
 * word before it ("confidentiality (Starr, 2016)"), and after it when a word
 * follows straight on; never before punctuation or after an opening bracket.
 * Afterwards the cursor sits just after the citation (Range.select("End")), so
 * the learner's next keystroke carries on writing instead of replacing it.
 * Italic runs (et al.) keep their italics; other runs are set upright so the
 * citation does not inherit an italic quotation's formatting.
 *
 * Two syncs whatever the document's length: one to read the selection and the
 * characters either side of it (within its paragraph), one to write.
 */
import type { TextRun } from "../harvard/format/runs";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";

export interface InsertedCitation {
  /** Exactly what was inserted (including the spaces added either side). */
  text: string;
  /** True when text was selected and the citation went after it. */
  afterSelection: boolean;
}

/** A character after which a citation needs a space: anything but white space and opening brackets or quotes. */
const NEEDS_SPACE_AFTER = /[^\s([{\u201C\u2018]$/u;
/** A character before which a citation needs a space: a letter, a digit, or an opening bracket or quote. */
const NEEDS_SPACE_BEFORE = /^[\p{L}\p{N}([{\u201C\u2018]/u;

/** The spaces a citation needs between `before` (the text up to it) and `after` (the text following it). */
export function citationSpacing(before: string, after: string): { lead: string; trail: string } {
  return {
    lead: before !== "" && NEEDS_SPACE_AFTER.test(before) ? " " : "",
    trail: NEEDS_SPACE_BEFORE.test(after) ? " " : "",
  };
}

/** Inserts a formatted citation (runs from the formatter) at the cursor or after the selection. */
export async function insertCitation(word: WordRunner, runs: readonly TextRun[]): Promise<InsertedCitation> {
  requireBaseline(word);
  const pieces = runs.filter((r) => r.text.length > 0);
  if (pieces.length === 0) throw new WordActionError("Choose a source to cite first.", "failed");
  return runInWord(word, "insert the citation", async (context) => {
    const selection = context.document.getSelection();
    selection.load(["isEmpty", "text"]);
    // The text either side of the insertion point, within its paragraph (ParagraphCollection.getFirst/getLast, WordApi 1.3).
    const paragraphs = selection.paragraphs;
    const before = paragraphs.getFirst().getRange("Start").expandTo(selection.getRange("Start"));
    const after = selection.getRange("End").expandTo(paragraphs.getLast().getRange("End"));
    before.load("text");
    after.load("text");
    await context.sync();

    const afterSelection = !selection.isEmpty;
    const { lead, trail } = citationSpacing(afterSelection ? selection.text : before.text, after.text);
    const all: TextRun[] = [...(lead ? [{ text: lead }] : []), ...pieces];
    let cursor = selection.getRange(afterSelection ? "End" : "Start");
    for (const run of all) {
      cursor = cursor.insertText(run.text, "After");
      cursor.font.italic = !!run.italic;
    }
    if (trail) cursor.insertText(trail, "After").font.italic = false;
    // The cursor just after the citation (before any trailing space): the learner types straight on.
    cursor.select("End");
    await context.sync();
    return { text: all.map((r) => r.text).join("") + trail, afterSelection };
  });
}
