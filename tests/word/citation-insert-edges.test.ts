/**
 * "Insert citation" at the edges, with the learner's own text either side: every opening bracket
 * and quote a citation may follow without a space, every character that asks for one after it, a
 * selection that runs into a second paragraph, the space behind an upright citation in an italic
 * quotation, an empty citation, and the exact sentence of a refusal. Written against the mutants
 * StrykerJS found surviving in src/word/citation-insert.ts (issue 14).
 */
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { insertCitation } from "../../src/word/citation-insert";
import { buildMemoryDocument, memoryWordRunner, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const runs = createFormatter(SOURCES).citation([{ id: "covey1989" }]).runs;
const CITE = "(Covey, 1989)";

/** The cursor where "|" stands in `marked`, in a one-paragraph document. */
function cursorAt(marked: string, italic = false): MemoryDocument {
  const at = marked.indexOf("|");
  const doc = buildMemoryDocument([{ text: marked.replace("|", ""), italic }]);
  doc.selection = { start: doc.paragraphs[0]!, end: doc.paragraphs[0]!, startOffset: at, endOffset: at };
  return doc;
}

const runsOf = (doc: MemoryDocument, i: number) =>
  (doc.paragraphs[i]!.runs ?? [{ text: doc.paragraphs[i]!.text, italic: doc.paragraphs[i]!.italic }]).map((r) => ({ text: r.text, italic: !!r.italic }));

describe("insert citation: spacing at every kind of edge", () => {
  const CASES: Array<[name: string, marked: string, expected: string]> = [
    ["after an opening square bracket", "[see |]", `[see ${CITE}]`],
    ["after an opening brace", "{see |}", `{see ${CITE}}`],
    ["after an opening curly double quote", "he wrote \u201C|", `he wrote \u201C${CITE}`],
    ["after an opening curly single quote", "he wrote \u2018|", `he wrote \u2018${CITE}`],
    ["after a straight single quote that opens", "see '|", `see '${CITE}`],
    ["after a tab", "Table 1\t|", `Table 1\t${CITE}`],
    ["before a number", "trust|2 ways", `trust ${CITE} 2 ways`],
    ["before an opening bracket", "trust|(and respect)", `trust ${CITE} (and respect)`],
    ["before an opening square bracket", "trust|[sic]", `trust ${CITE} [sic]`],
    ["before an opening brace", "trust|{sic}", `trust ${CITE} {sic}`],
    ["before an opening curly double quote", "trust|\u201Cmatters\u201D", `trust ${CITE} \u201Cmatters\u201D`],
    ["before an opening curly single quote", "trust|\u2018matters\u2019", `trust ${CITE} \u2018matters\u2019`],
    ["before a closing bracket", "(as argued|)", `(as argued ${CITE})`],
    ["before a comma", "trust|, and", `trust ${CITE}, and`],
  ];

  test("the table of edges is not empty", () => {
    expect(CASES.length).toBeGreaterThan(10);
  });

  test.each(CASES)("%s", async (_name, marked, expected) => {
    const doc = cursorAt(marked);
    const r = await insertCitation(memoryWordRunner(doc), runs);
    expect(doc.paragraphs[0]!.text).toBe(expected);
    expect(r.afterSelection).toBe(false);
  });
});

describe("insert citation: selections and formatting", () => {
  test("a selection from one paragraph into the middle of the next: the citation goes after the selection's end, not at the first paragraph's end", async () => {
    const doc = buildMemoryDocument([{ text: "Coaching works." }, { text: "It builds trust and respect over time." }]);
    const [p, q] = doc.paragraphs;
    doc.selection = { start: p!, end: q!, startOffset: 0, endOffset: "It builds trust".length };
    const r = await insertCitation(memoryWordRunner(doc), runs);
    expect(r).toEqual({ text: ` ${CITE}`, afterSelection: true });
    expect(snapshot(doc).map((s) => s.text)).toEqual(["Coaching works.", `It builds trust ${CITE} and respect over time.`]);
  });

  test("inside an italic quotation, the space added behind the citation is upright like the citation", async () => {
    const doc = cursorAt("\u201CA coach listens|more than speaks\u201D", true);
    await insertCitation(memoryWordRunner(doc), runs);
    expect(runsOf(doc, 0)).toEqual([
      { text: "\u201CA coach listens", italic: true },
      { text: ` ${CITE} `, italic: false },
      { text: "more than speaks\u201D", italic: true },
    ]);
  });

  test("a citation whose runs are all empty is refused, and nothing is written", async () => {
    const doc = cursorAt("trust| and respect");
    const before = snapshot(doc);
    await expect(insertCitation(memoryWordRunner(doc), [{ text: "" }, { text: "", italic: true }])).rejects.toThrow("Choose a source to cite first.");
    expect(snapshot(doc)).toEqual(before);
  });

  test("a read-only document: the sentence names the action, and nothing is written", async () => {
    const doc = buildMemoryDocument([{ text: "trust and respect" }], { readOnly: true });
    doc.selection = { start: doc.paragraphs[0]!, end: doc.paragraphs[0]!, startOffset: 5, endOffset: 5 };
    await expect(insertCitation(memoryWordRunner(doc), runs)).rejects.toThrow(
      "Word would not let the add-in insert the citation because the document, or the part being changed, is read-only or locked: choose Enable Editing (or open an editable copy, or turn off restrictions) and try again.",
    );
    expect(doc.paragraphs[0]!.text).toBe("trust and respect");
  });
});
