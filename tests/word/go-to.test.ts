/**
 * Go to (a card's side-heading, a problem's paragraph): the cursor lands at the paragraph's start
 * and nothing is selected, so the learner's next keystroke cannot replace a heading or an answer.
 */
import { goToParagraph } from "../../src/word/select";
import { memoryWordRunner } from "../../src/word-memory/memory-word";
import { prose, setup, syncsOf } from "./helpers";

describe("go to a paragraph", () => {
  test("puts a collapsed cursor at the start of the paragraph, selecting nothing", async () => {
    const { doc, word } = setup(prose(5));
    await goToParagraph(word, 3);
    const sel = doc.selection!;
    expect(sel.start).toBe(doc.paragraphs[3]);
    expect(sel.end).toBe(doc.paragraphs[3]);
    expect([sel.startOffset, sel.endOffset]).toEqual([0, 0]);
  });

  test("typing after Go to adds to the paragraph instead of replacing it", async () => {
    const { doc, word } = setup([{ text: "1.1 Define coaching", style: "Heading2" }, { text: "My answer." }]);
    const heading = doc.paragraphs[0].text;
    await goToParagraph(word, 1);
    // A keystroke replaces the selection: with a collapsed cursor it only inserts.
    await memoryWordRunner(doc).run(async (context) => {
      context.document.getSelection().insertText("New: ", "Replace");
      await context.sync();
    });
    expect(doc.paragraphs.map((p) => p.text)).toEqual([heading, "New: My answer."]);
  });

  test("an index that no longer fits the document says so instead of going elsewhere", async () => {
    const { doc, word } = setup(prose(5));
    await expect(goToParagraph(word, 9)).rejects.toMatchObject({ reason: "changed" });
    await expect(goToParagraph(word, 1, "some other text")).rejects.toThrow(/changed since it was last checked/);
    expect(doc.selection).toBeNull();
  });

  test("two syncs for 10 and for 2,000 paragraphs", async () => {
    const small = setup(prose(10));
    const large = setup(prose(2000));
    expect(await syncsOf(small.doc, () => goToParagraph(small.word, 5))).toBe(2);
    expect(await syncsOf(large.doc, () => goToParagraph(large.word, 1990))).toBe(2);
  });
});
