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
import type { WordContext, WParagraph } from "./word-api";

const CHANGED = "The document has changed since it was last checked: check it again, then click the item.";

/**
 * Whether `paragraph` still reads as `expectedText` (the check's form). A third sync reads the
 * reviewed text only when the plain text differs, so most calls stay at two.
 */
async function readsAsChecked(word: WordRunner, context: WordContext, paragraph: WParagraph, expectedText: string): Promise<boolean> {
  const expected = expectedText.trim();
  if (comparableText(paragraph.text) === expected) return true;
  if (!word.isSetSupported("WordApi", "1.4")) return false;
  const reviewed = paragraph.getReviewedText("Current");
  await context.sync();
  return comparableText(reviewed.value) === expected;
}

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
    if (expectedText !== undefined && !(await readsAsChecked(word, context, first, expectedText))) throw new WordActionError(CHANGED, "changed");
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
 * Two syncs whatever the document's size (three when the paragraph holds tracked changes), the
 * paragraph compared with the check's text as selectParagraphs does.
 */
export async function goToParagraph(word: WordRunner, index: number, expectedText?: string): Promise<void> {
  requireBaseline(word);
  return runInWord(word, "go to that part of the document", async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const target = paragraphs.items[index];
    if (!target) throw new WordActionError(CHANGED, "changed");
    if (expectedText !== undefined && !(await readsAsChecked(word, context, target, expectedText))) throw new WordActionError(CHANGED, "changed");
    target.select("Start");
    await context.sync();
  });
}
