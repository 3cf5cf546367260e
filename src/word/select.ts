/**
 * Selecting what a card points at: a paragraph, or a run of paragraphs (a
 * section), by DraftDocument index. Two syncs whatever the document's size
 * (three when the paragraph holds tracked changes).
 * When the learner has edited the document since the last check, the index
 * may point elsewhere; passing the expected text lets us say so instead of
 * selecting the wrong paragraph.
 *
 * The expected text is the check's (read-document.ts): reviewed text, line breaks as "\n". Office.js
 * `text` keeps tracked deletions and shows a line break as "\u000b", so the paragraph is compared in
 * that same form (word-text.ts), reading its reviewed text (WordApi 1.4) when plain text differs.
 */
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";
import { comparableText } from "./word-text";

const CHANGED = "The document has changed since it was last checked: check it again, then click the item.";

export async function selectParagraphs(word: WordRunner, from: number, to = from, expectedText?: string): Promise<void> {
  requireBaseline(word);
  return runInWord(word, "select that part of the document", async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const items = paragraphs.items;
    const first = items[from];
    const last = items[to];
    if (!first || !last || to < from) throw new WordActionError(CHANGED, "changed");
    if (expectedText !== undefined) {
      const expected = expectedText.trim();
      let same = comparableText(first.text) === expected;
      if (!same && word.isSetSupported("WordApi", "1.4")) {
        const reviewed = first.getReviewedText("Current");
        await context.sync();
        same = comparableText(reviewed.value) === expected;
      }
      if (!same) throw new WordActionError(CHANGED, "changed");
    }
    if (from === to) first.select();
    else first.getRange("Whole").expandTo(last.getRange("Whole")).select();
    await context.sync();
  });
}

export function selectParagraph(word: WordRunner, index: number, expectedText?: string): Promise<void> {
  return selectParagraphs(word, index, index, expectedText);
}
