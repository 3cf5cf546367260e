import { createFormatter } from "../../src/harvard/format/harvard-format";
import { insertCitation } from "../../src/word/citation-insert";
import { buildMemoryDocument, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import type { MemoryDocument } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const f = createFormatter(SOURCES);
const runs = f.citation([{ id: "smith2020", locator: "42" }]).runs;
const CLAIM = "Coaching “works” – see\ttable 1, and it is ";
const essay = (extra = 0) =>
  buildMemoryDocument([
    { text: "1.1 Explain the purpose of coaching", style: "Heading2" },
    { text: CLAIM + "widely used." },
    { text: "Second learner paragraph, in italics as a quotation.", italic: true },
    ...Array.from({ length: extra }, (_, i) => ({ text: `Filler ${i}.` })),
  ]);

/** Places the learner's cursor or selection, as a click or drag in Word would. */
function select(doc: MemoryDocument, para: number, from: number, to = from) {
  doc.selection = { start: doc.paragraphs[para], end: doc.paragraphs[para], startOffset: from, endOffset: to };
}

const runsOfPara = (doc: MemoryDocument, i: number) =>
  (doc.paragraphs[i].runs ?? [{ text: doc.paragraphs[i].text, italic: doc.paragraphs[i].italic }]).map((r) => ({ text: r.text, italic: !!r.italic }));

describe("insert citation", () => {
  it("inserts at the cursor with a space after the word it follows, leaving the learner's characters on both sides as they were", async () => {
    const doc = essay();
    const before = snapshot(doc);
    const at = CLAIM.length + "widely used".length;
    select(doc, 1, at);
    const r = await insertCitation(memoryWordRunner(doc), runs);
    // Straight after a word, so a space goes in front.
    expect(r).toEqual({ text: " (Smith et al., 2020, p. 42)", afterSelection: false });
    const text = doc.paragraphs[1].text;
    expect(text).toBe(before[1].text.slice(0, at) + r.text + before[1].text.slice(at));
    expect(text.endsWith("widely used (Smith et al., 2020, p. 42).")).toBe(true);
    expect([snapshot(doc)[0], snapshot(doc)[2]]).toEqual([before[0], before[2]]);
  });

  it("puts the citation after a selection (never replacing it), with a space, and et al. in italics", async () => {
    const doc = essay();
    const original = doc.paragraphs[1].text;
    select(doc, 1, 0, CLAIM.length - 1); // "Coaching … it is" without the trailing space
    const r = await insertCitation(memoryWordRunner(doc), runs);
    expect(r).toEqual({ text: " (Smith et al., 2020, p. 42)", afterSelection: true });
    expect(doc.paragraphs[1].text).toBe(original.slice(0, CLAIM.length - 1) + r.text + original.slice(CLAIM.length - 1));
    expect(runsOfPara(doc, 1)).toEqual([
      { text: original.slice(0, CLAIM.length - 1) + " (Smith ", italic: false },
      { text: "et al.", italic: true },
      { text: ", 2020, p. 42)" + original.slice(CLAIM.length - 1), italic: false },
    ]);
  });

  it("adds no space in front after a selection that already ends with one, and one behind when a word follows", async () => {
    const doc = essay();
    select(doc, 1, 0, CLAIM.length);
    expect((await insertCitation(memoryWordRunner(doc), runs)).text).toBe("(Smith et al., 2020, p. 42) ");
    expect(doc.paragraphs[1].text).toBe(CLAIM + "(Smith et al., 2020, p. 42) widely used.");
  });

  it.each([
    ["after a word, before a full stop", "confidentiality|.", "confidentiality (Covey, 1989)."],
    ["between two words", "trust| and respect", "trust (Covey, 1989) and respect"],
    ["after a space, before a word", "as shown |here", "as shown (Covey, 1989) here"],
    ["after an opening bracket", "(see |)", "(see (Covey, 1989))"],
    ["after a closing quotation mark", "“in mind”|.", "“in mind” (Covey, 1989)."],
    ["after a straight quotation mark that closes", '"in mind"|.', '"in mind" (Covey, 1989).'],
    ["after a straight quotation mark that opens", 'see "|', 'see "(Covey, 1989)'],
    ["after a line break", "First line\u000b|", "First line\u000b(Covey, 1989)"],
    ["at the start of a paragraph", "|Trust matters.", "(Covey, 1989) Trust matters."],
    ["in an empty paragraph", "|", "(Covey, 1989)"],
  ])("spaces the citation as a writer would: %s", async (_name, marked, expected) => {
    const at = marked.indexOf("|");
    const doc = buildMemoryDocument([{ text: marked.replace("|", "") }]);
    select(doc, 0, at);
    await insertCitation(memoryWordRunner(doc), f.citation([{ id: "covey1989" }]).runs);
    expect(doc.paragraphs[0].text).toBe(expected);
  });

  it("sets the citation upright inside an italic quotation, except et al.", async () => {
    const doc = essay();
    const original = doc.paragraphs[2].text;
    select(doc, 2, original.length);
    await insertCitation(memoryWordRunner(doc), f.citation([{ id: "covey1989" }]).runs);
    expect(runsOfPara(doc, 2)).toEqual([
      { text: original, italic: true },
      { text: " (Covey, 1989)", italic: false },
    ]);
  });

  it("leaves the cursor just after the citation, selecting nothing, so the next keystroke cannot replace it", async () => {
    const doc = essay();
    select(doc, 1, "Coaching".length);
    const r = await insertCitation(memoryWordRunner(doc), runs);
    const sel = doc.selection!;
    const end = "Coaching".length + r.text.length;
    expect(sel.start).toBe(doc.paragraphs[1]);
    expect(sel.end).toBe(doc.paragraphs[1]);
    expect([sel.startOffset, sel.endOffset]).toEqual([end, end]);
    expect(doc.paragraphs[1].text.slice(0, end)).toBe("Coaching (Smith et al., 2020, p. 42)");
  });

  it("leaves the cursor before the space it added behind the citation", async () => {
    const doc = buildMemoryDocument([{ text: "trust and respect" }]);
    select(doc, 0, "trust".length);
    await insertCitation(memoryWordRunner(doc), f.citation([{ id: "covey1989" }]).runs);
    expect(doc.paragraphs[0].text).toBe("trust (Covey, 1989) and respect");
    expect(doc.selection!.startOffset).toBe("trust (Covey, 1989)".length);
    expect(doc.selection!.endOffset).toBe("trust (Covey, 1989)".length);
  });

  it("uses two syncs however long the document", async () => {
    const counts: number[] = [];
    for (const n of [0, 500]) {
      const doc = essay(n);
      select(doc, 1, 5);
      const t0 = doc.syncTotal;
      await insertCitation(memoryWordRunner(doc), runs);
      counts.push(doc.syncTotal - t0);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("asks for a source when given nothing to insert", async () => {
    await expect(insertCitation(memoryWordRunner(essay()), [])).rejects.toThrow("Choose a source to cite first.");
  });

  it("says Word is too old below WordApi 1.3", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { requirements: { WordApi: "1.2" } });
    await expect(insertCitation(memoryWordRunner(doc), runs)).rejects.toThrow(/too old/);
  });
});
