/**
 * "Insert" from the comment bank: a comment with the snippet's text on the tutor's selection in
 * one click. With nothing selected (just the cursor) the comment goes on the paragraph the cursor
 * is in, so it has text to hang on. Two syncs. WordApi 1.4.
 */
import { requireComments } from "./requirements";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";

export async function commentOnSelection(word: WordRunner, text: string): Promise<void> {
  requireComments(word);
  const body = text.trim();
  if (!body) throw new WordActionError("The comment is empty: choose a snippet with some text.", "failed");
  await runInWord(word, "add the comment", async (context) => {
    const selection = context.document.getSelection();
    selection.load("isEmpty");
    const paragraphs = selection.paragraphs;
    paragraphs.load("items/tableNestingLevel");
    await context.sync();
    const first = paragraphs.items[0];
    const target = selection.isEmpty && first ? first.getRange("Content") : selection;
    target.insertComment(body);
    await context.sync();
  });
}
