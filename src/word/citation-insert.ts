/**
 * "Insert citation": puts the formatted citation into the learner's text.
 *
 * Where it goes, and why it never replaces anything:
 * - a collapsed selection (the cursor): at the cursor;
 * - a selection of text (say, the sentence the citation supports): right AFTER
 *   the selection. A paragraph selected whole (triple-click, or a drag to the end of
 *   the line) runs through its paragraph mark, so Word's range ends at the start of
 *   the NEXT paragraph (its text ends "\r"): "after" then means the end of the last
 *   selected paragraph's text ("End" is "the point before the EOP",
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation).
 *   A selection is not replaced, because a stray click-drag would otherwise
 *   delete the learner's words; if they want to replace text they can delete it
 *   themselves first.
 * Spacing is a writer's: a space goes in front when the citation would touch the
 * word before it ("confidentiality (Starr, 2016)"), and after it when a word
 * follows straight on; never before punctuation or after an opening bracket or quote.
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
import type { WRange } from "./word-api";

export interface InsertedCitation {
  /** Exactly what was inserted (including the spaces added either side). */
  text: string;
  /** True when text was selected and the citation went after it. */
  afterSelection: boolean;
}

/**
 * Text after which a citation needs no space: nothing, white space (a line break "\u000b" included),
 * an opening bracket or quote, or a straight quote that opens (at the start, or after one of those).
 * A straight quote after a word closes a quotation, so the citation is spaced from it.
 */
const ENDS_OPEN = /(^|[\s([{\u201C\u2018])["']?$/u;
/** A character before which a citation needs a space: a letter, a digit, or an opening bracket or quote. */
const NEEDS_SPACE_BEFORE = /^[\p{L}\p{N}([{\u201C\u2018]/u;

/** The spaces a citation needs between `before` (the text up to it) and `after` (the text following it). */
export function citationSpacing(before: string, after: string): { lead: string; trail: string } {
  return {
    lead: ENDS_OPEN.test(before) ? "" : " ",
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
    // An empty list or "" in these loads loads every scalar property, as load() with no argument
    // does ("Load the properties of an object", Office Add-ins docs): more data, the same result,
    // so the mutation run's 4 mutants emptying them are equivalent (issue 14).
    selection.load(["isEmpty", "text"]);
    const paragraphs = selection.paragraphs.load("items/text");
    // The text either side of the insertion point, within its paragraph (ParagraphCollection.getFirst/getLast, WordApi 1.3).
    const before = paragraphs.getFirst().getRange("Start").expandTo(selection.getRange("Start")).load("text");
    const after = selection.getRange("End").expandTo(paragraphs.getLast().getRange("End")).load("text");
    await context.sync();

    const afterSelection = !selection.isEmpty;
    let cursor: WRange;
    let spacing: { lead: string; trail: string };
    if (!afterSelection) {
      cursor = selection.getRange("Start");
      spacing = citationSpacing(before.text, after.text);
    } else if (/\r$/.test(selection.text)) {
      // Through a paragraph mark: the n-th paragraph from the selection's first holds its end,
      // and the citation ends that paragraph (nothing follows it there).
      // The text ends with \r here, so match() never gives null and `?? []` is never used (no coverage, issue 14).
      const marks = (selection.text.match(/\r/g) ?? []).length;
      const last = paragraphs.items[Math.min(marks, paragraphs.items.length) - 1]!;
      cursor = last.getRange("End");
      spacing = citationSpacing(last.text, "");
    } else {
      cursor = selection.getRange("End");
      spacing = citationSpacing(selection.text, after.text);
    }
    const { lead, trail } = spacing;
    const all: TextRun[] = [...(lead ? [{ text: lead }] : []), ...pieces];
    for (const run of all) {
      cursor = cursor.insertText(run.text, "After");
      cursor.font.italic = !!run.italic;
    }
    // Without the test an empty string is inserted, which changes nothing (an equivalent mutant in the in-memory Word, issue 14).
    if (trail) cursor.insertText(trail, "After").font.italic = false;
    // The cursor just after the citation (before any trailing space): the learner types straight on.
    cursor.select("End");
    await context.sync();
    return { text: all.map((r) => r.text).join("") + trail, afterSelection };
  });
}
