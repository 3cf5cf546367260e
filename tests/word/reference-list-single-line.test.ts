/**
 * A typed reference list of a single line is the learner's list all the same. The audit broke the
 * protection for that one case (a list had to have two lines to count) and every test, written with
 * lists of two or three lines, still passed. Here one line, wherever it sits (last in the document,
 * before the Appendices, beside the add-in's own list, with blank lines around it): Update reference
 * list writes nothing and reports the line; import reads it; only Replace, asked for, takes it away.
 */
import { Tags } from "../../src/model/document";
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { readTypedReferences, updateReferenceList } from "../../src/word/reference-list";
import { buildMemoryDocument, memoryWordRunner, snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const entries = createFormatter(SOURCES.slice(0, 3)).bibliography();
const LINE = "Downey, M. (2003) Effective coaching. London: Texere.";

const essay = (after: MemoryParagraphSpec[]): MemoryParagraphSpec[] => [
  { text: "Unit 8580-500 assignment", style: "Title" },
  { text: "1.1 Explain the purpose of coaching", style: "Heading2" },
  { text: "My answer: coaching works (Downey, 2003)." },
  ...after,
];

const PLACES: [name: string, after: MemoryParagraphSpec[]][] = [
  ["the document's last paragraph", [{ text: "References", style: "Heading1" }, { text: LINE }]],
  ["before the Appendices", [{ text: "References", style: "Heading1" }, { text: LINE }, { text: "Appendices", style: "Heading1" }, { text: "Log." }]],
  ["between blank lines", [{ text: "References", style: "Heading1" }, { text: "" }, { text: LINE }, { text: "" }, { text: "" }]],
  ["under a Heading 2 'Reference list'", [{ text: "Reference list", style: "Heading2" }, { text: LINE }, { text: "" }]],
  ["with a manual line break inside it", [{ text: "References", style: "Heading1" }, { text: `Downey, M. (2003)\u000bEffective coaching. London: Texere.` }]],
];

describe("a typed reference list of one line", () => {
  test("the table of places is not empty", () => {
    expect(PLACES.length).toBeGreaterThan(3);
  });

  test.each(PLACES)("%s: Update writes nothing and reports the line; import reads it", async (_name, after) => {
    const doc = buildMemoryDocument(essay(after));
    const word = memoryWordRunner(doc);
    const typed = after.filter((p) => p.text.startsWith("Downey")).map((p) => p.text);
    expect(typed).toHaveLength(1);
    // Word reports a manual line break as "\v"; the document model reads it as "\n".
    expect(await readTypedReferences(word)).toEqual(typed.map((t) => t.replace(/\u000b/g, "\n")));

    const before = snapshot(doc);
    const r = await updateReferenceList(word, entries);
    expect(r.status).toBe("typed-list-found");
    expect(r.entries).toBe(0);
    expect(r.diff).toBeDefined();
    expect(snapshot(doc)).toEqual(before);
  });

  test("beside the add-in's own list: Update replaces only its own list and the one typed line stays, reported", async () => {
    const doc = buildMemoryDocument(essay([]));
    const word = memoryWordRunner(doc);
    await updateReferenceList(word, entries.slice(0, 2));
    doc.appendParagraph({ text: LINE });
    const uid = snapshot(doc).find((p) => p.text === LINE)!.uid;
    const r = await updateReferenceList(word, entries);
    expect(r.status).toBe("updated");
    expect(r.diff!.onlyTyped).toEqual([LINE]);
    expect(snapshot(doc).filter((p) => p.uid === uid).map((p) => [p.text, p.tags])).toEqual([[LINE, []]]);
  });

  test("Replace, asked for after the comparison, is the one thing that takes the line away", async () => {
    const doc = buildMemoryDocument(essay([{ text: "References", style: "Heading1" }, { text: LINE }]));
    const r = await updateReferenceList(memoryWordRunner(doc), entries, { replaceTyped: true });
    expect(r.status).toBe("replaced-typed");
    const texts = snapshot(doc).map((p) => p.text);
    expect(texts).not.toContain(LINE);
    expect(snapshot(doc).filter((p) => p.tags.includes(Tags.references)).map((p) => p.text)).toEqual(entries.map((e) => e.text));
  });
});
