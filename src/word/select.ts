/**
 * Selecting what a card points at: a paragraph, or a run of paragraphs (a
 * section), by DraftDocument index. Two syncs whatever the document's size.
 * When the learner has edited the document since the last check, the index
 * may point elsewhere; passing the expected text lets us say so instead of
 * selecting the wrong paragraph.
 */
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";

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
    if (expectedText !== undefined && first.text.trim() !== expectedText.trim()) throw new WordActionError(CHANGED, "changed");
    if (from === to) first.select();
    else first.getRange("Whole").expandTo(last.getRange("Whole")).select();
    await context.sync();
  });
}

export function selectParagraph(word: WordRunner, index: number, expectedText?: string): Promise<void> {
  return selectParagraphs(word, index, index, expectedText);
}

/**
 * "Go to" for a card or a problem: the cursor at the start of paragraph `index`, selecting
 * nothing (Paragraph.select("Start")), so the learner's next keystroke cannot replace a heading
 * or an answer; Word scrolls the document to show it ("Selects and navigates the Word UI to the
 * paragraph": https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-select-member(1)).
 * Two syncs whatever the document's size.
 */
export async function goToParagraph(word: WordRunner, index: number, expectedText?: string): Promise<void> {
  requireBaseline(word);
  return runInWord(word, "go to that part of the document", async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const target = paragraphs.items[index];
    if (!target) throw new WordActionError(CHANGED, "changed");
    if (expectedText !== undefined && target.text.trim() !== expectedText.trim()) throw new WordActionError(CHANGED, "changed");
    target.select("Start");
    await context.sync();
  });
}
