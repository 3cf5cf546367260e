/**
 * Defect 7 of issue 10: a paragraph selected whole (triple-click, or a drag to the end of the line)
 * runs through its paragraph mark, so its range ends at the start of the next paragraph. "After the
 * selection" must still mean the end of the selected text, and a citation that follows a word
 * needs a space in front.
 */
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { insertCitation } from "../../src/word/citation-insert";
import { buildMemoryDocument, memoryWordRunner } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const runs = createFormatter(SOURCES).citation([{ id: "smith2020", locator: "42" }]).runs;
const CITE = "(Smith et al., 2020, p. 42)";

function doc3() {
  return buildMemoryDocument([{ text: "Heading", style: "Heading2" }, { text: "Coaching works" }, { text: "Next paragraph." }]);
}

describe("selections and spaces (defect 7)", () => {
  test("a whole paragraph selected with its mark: the citation goes at the end of that paragraph, after a space", async () => {
    const doc = doc3();
    const [, p, next] = doc.paragraphs;
    doc.selection = { start: p!, end: p!, startOffset: 0, endOffset: p!.text.length, includesMark: true };
    const r = await insertCitation(memoryWordRunner(doc), runs);
    expect(r).toEqual({ text: ` ${CITE}`, afterSelection: true });
    expect(p!.text).toBe(`Coaching works ${CITE}`);
    expect(next!.text).toBe("Next paragraph.");
  });

  test("two paragraphs selected through the second's mark: after the second", async () => {
    const doc = doc3();
    const [h, p, next] = doc.paragraphs;
    doc.selection = { start: h!, end: p!, startOffset: 0, endOffset: p!.text.length, includesMark: true };
    await insertCitation(memoryWordRunner(doc), runs);
    expect(p!.text).toBe(`Coaching works ${CITE}`);
    expect(next!.text).toBe("Next paragraph.");
  });

  test("the cursor straight after a word gets a space; after a space or an opening bracket it does not", async () => {
    const doc = doc3();
    const p = doc.paragraphs[1]!;
    doc.selection = { start: p, end: p, startOffset: p.text.length, endOffset: p.text.length };
    expect((await insertCitation(memoryWordRunner(doc), runs)).text).toBe(` ${CITE}`);
    expect(p.text).toBe(`Coaching works ${CITE}`);

    const q = doc.paragraphs[2]!;
    q.text = "As noted ";
    doc.selection = { start: q, end: q, startOffset: q.text.length, endOffset: q.text.length };
    expect((await insertCitation(memoryWordRunner(doc), runs)).text).toBe(CITE);
  });
});
