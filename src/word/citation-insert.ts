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
 * Either way a space goes in front when the citation would follow a word.
 *   A selection is not replaced, because a stray click-drag would otherwise
 *   delete the learner's words; if they want to replace text they can delete it
 *   themselves first.
 * The inserted citation is selected afterwards so the learner sees it (and Undo
 * removes exactly it). Italic runs (et al.) keep their italics; other runs are
 * set upright so the citation does not inherit an italic quotation's formatting.
 *
 * Two syncs whatever the document's length: one to read the selection, one to write.
 */
import type { TextRun } from "../harvard/format/runs";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";
import type { WRange } from "./word-api";

/** A citation right after a word (or a full stop, or a closing bracket) needs a space; not after a space or an opening bracket or quote. */
function followsWord(before: string): boolean {
  const last = before.slice(-1);
  return last !== "" && !/[\s([{\u2018\u201c"'\u000b]/.test(last);
}

export interface InsertedCitation {
  /** Exactly what was inserted (including a leading space when one was added). */
  text: string;
  /** True when text was selected and the citation went after it. */
  afterSelection: boolean;
}

/** Inserts a formatted citation (runs from the formatter) at the cursor or after the selection. */
export async function insertCitation(word: WordRunner, runs: readonly TextRun[]): Promise<InsertedCitation> {
  requireBaseline(word);
  const pieces = runs.filter((r) => r.text.length > 0);
  if (pieces.length === 0) throw new WordActionError("Choose a source to cite first.", "failed");
  return runInWord(word, "insert the citation", async (context) => {
    const selection = context.document.getSelection();
    selection.load(["isEmpty", "text"]);
    const paragraphs = selection.paragraphs.load("items/text");
    // The text from the start of the cursor's paragraph up to the cursor: what the citation follows.
    const lead = selection.paragraphs.getFirst().getRange("Start").expandTo(selection.getRange("Start")).load("text");
    await context.sync();

    const afterSelection = !selection.isEmpty;
    let cursor: WRange;
    let before: string;
    if (!afterSelection) {
      cursor = selection.getRange("Start");
      before = lead.text;
    } else if (/\r$/.test(selection.text)) {
      // Through a paragraph mark: the n-th paragraph from the selection's first holds its end.
      const marks = (selection.text.match(/\r/g) ?? []).length;
      const last = paragraphs.items[Math.min(marks, paragraphs.items.length) - 1]!;
      cursor = last.getRange("End");
      before = last.text;
    } else {
      cursor = selection.getRange("End");
      before = selection.text;
    }
    const all: TextRun[] = followsWord(before) ? [{ text: " " }, ...pieces] : [...pieces];
    let first: WRange | null = null;
    for (const run of all) {
      cursor = cursor.insertText(run.text, "After");
      cursor.font.italic = !!run.italic;
      first ??= cursor;
    }
    first!.expandTo(cursor).select();
    await context.sync();
    return { text: all.map((r) => r.text).join(""), afterSelection };
  });
}
