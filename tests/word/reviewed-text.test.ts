/**
 * Defect 5 of issue 10: one text form throughout. The reference-list read must leave out tracked
 * deletions as the body read does, and go-to must compare like with like (Office.js `text` keeps
 * tracked deletions and shows a manual line break as "\u000b"; the model has the reviewed text and "\n").
 */
import { readDocument } from "../../src/word/read-document";
import { readTypedReferences } from "../../src/word/reference-list";
import { goToParagraph, selectParagraph } from "../../src/word/select";
import { setup } from "./helpers";

describe("reviewed text (defect 5)", () => {
  test("a reference line deleted with Track Changes is not imported", async () => {
    const { word } = setup([
      { text: "Essay" },
      { text: "References", style: "Heading1" },
      { text: "Covey, S. (1989) The 7 habits. London: Simon & Schuster." },
      { text: "Old, A. (1990) Deleted source. London: Nobody.", trackedDeletion: true },
      { text: "Downey, M. (2003) Effective coaching. London: Texere: 2nd edn.", reviewedText: "Downey, M. (2003) Effective coaching. London: Texere." },
    ]);
    expect(await readTypedReferences(word)).toEqual([
      "Covey, S. (1989) The 7 habits. London: Simon & Schuster.",
      "Downey, M. (2003) Effective coaching. London: Texere.",
    ]);
  });

  test("go-to a paragraph with a tracked deletion, read as the check read it, selects it", async () => {
    const { doc, word } = setup([
      { text: "Intro" },
      { text: "1.1 Define coaching within an organisation", reviewedText: "1.1 Define coaching", style: "Heading2" },
    ]);
    const read = await readDocument(word);
    await selectParagraph(word, 1, read.paragraphs[1]!.text);
    expect(doc.selection?.start.text).toBe("1.1 Define coaching within an organisation");
  });

  test("go-to a paragraph with a manual line break selects it", async () => {
    const { doc, word } = setup([{ text: "Intro" }, { text: "first line\u000bsecond line" }]);
    const read = await readDocument(word);
    expect(read.paragraphs[1]!.text).toBe("first line\nsecond line");
    await selectParagraph(word, 1, read.paragraphs[1]!.text);
    expect(doc.selection?.start.text).toBe("first line\u000bsecond line");
  });

  test("Go to (a card's side-heading) compares the same way: tracked deletion and line break", async () => {
    const { doc, word } = setup([
      { text: "Intro" },
      { text: "1.1 Define coaching within an organisation", reviewedText: "1.1 Define coaching", style: "Heading2" },
      { text: "first line\u000bsecond line" },
    ]);
    const read = await readDocument(word);
    await goToParagraph(word, 1, read.paragraphs[1]!.text);
    expect(doc.selection?.start.text).toBe("1.1 Define coaching within an organisation");
    await goToParagraph(word, 2, read.paragraphs[2]!.text);
    expect(doc.selection?.start.text).toBe("first line\u000bsecond line");
  });
});
