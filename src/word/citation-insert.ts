/**
 * "Insert citation": puts the formatted citation into the learner's text.
 *
 * Where it goes, and why it never replaces anything:
 * - a collapsed selection (the cursor): at the cursor;
 * - a selection of text (say, the sentence the citation supports): right AFTER
 *   the selection, with a space in front when the selection does not end with one.
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
    await context.sync();

    const afterSelection = !selection.isEmpty;
    const needsSpace = afterSelection && !/\s$/.test(selection.text);
    const all: TextRun[] = needsSpace ? [{ text: " " }, ...pieces] : [...pieces];
    let cursor = selection.getRange(afterSelection ? "End" : "Start");
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
