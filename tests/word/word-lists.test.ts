/**
 * Defects 1 and 2 of issue 10: Word's list numbering in the Word path.
 * 1. A heading numbered by Word ("1.1" from numbering attached to the heading styles) has no
 *    number in `paragraph.text`: the read must take Word's list string as its number.
 * 2. insertParagraph continues the list of the paragraph it follows: what the add-in inserts must
 *    be detached from lists.
 */
import { analyse } from "../../src/check/analyse";
import { readDocument } from "../../src/word/read-document";
import { insertMissingSections } from "../../src/word/insert-missing";
import { insertTemplate } from "../../src/word/insert-template";
import { updateReferenceList } from "../../src/word/reference-list";
import { snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { prose, setup, syncsOf, unit } from "./helpers";

const U = unit("8580-500");
const wording = (id: string) => U.criteria.find((c) => c.id === id)!.wording;

/** A draft whose headings carry no typed numbers: Word's heading numbering shows "1", "1.1", "1.2" ... */
function numberedDraft(first11: string): MemoryParagraphSpec[] {
  const out: MemoryParagraphSpec[] = [{ text: "Unit 8580-500 assignment", style: "Title" }];
  let outcome = "";
  for (const c of U.criteria) {
    if (c.outcome !== outcome) {
      outcome = c.outcome;
      out.push({ text: `Learning outcome ${outcome}`, style: "Heading1" });
    }
    out.push({ text: c.id === "1.1" ? first11 : c.wording, style: "Heading2" }, ...prose(2));
  }
  return out;
}

describe("headings numbered by Word's lists (defect 1)", () => {
  test("the read gives Word's list number, which is not in the text", async () => {
    const { word } = setup(numberedDraft(wording("1.1")), { headingNumbering: true });
    const doc = await readDocument(word);
    const h11 = doc.paragraphs.find((p) => p.text === wording("1.1"))!;
    expect(h11.listNumber).toBe("1.1");
    expect(doc.paragraphs.find((p) => p.text === "Learning outcome 2")!.listNumber).toBe("2.");
    // Body text is in no list: no listNumber at all.
    expect(doc.paragraphs.filter((p) => p.headingLevel === 0).every((p) => p.listNumber === undefined)).toBe(true);
  });

  test("a small wording difference under Word's numbering is 'altered', not missing, and is not inserted again", async () => {
    const shortened = wording("1.1").replace(" within an organisational context", "");
    const { doc: memory, word } = setup(numberedDraft(shortened), { headingNumbering: true });
    const report = analyse(await readDocument(word), { unit: U.id });
    const codes = report.problems.filter((p) => p.ac === "1.1").map((p) => p.code);
    expect(codes).toContain("ac-heading-altered");
    expect(codes).not.toContain("ac-missing");
    const before = snapshot(memory).length;
    const result = await insertMissingSections(word, U, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual([]);
    expect(snapshot(memory)).toHaveLength(before);
  });

  test("Word on the web fails loading list items of a list holding tracked changes (office-js #5901): the read still works", async () => {
    const specs: MemoryParagraphSpec[] = [
      { text: "Intro" },
      { text: "first point", list: { id: "b", kind: "bullet" } },
      { text: "second point (deleted)", list: { id: "b", kind: "bullet" }, reviewedText: "second point" },
      { text: wording("1.1"), style: "Heading2" },
    ];
    const { word } = setup(specs, { platform: "web", headingNumbering: true });
    const doc = await readDocument(word);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Intro", "first point", "second point", wording("1.1")]);
  });

  test("syncs stay constant in the document's size with lists present", async () => {
    const small = setup(numberedDraft(wording("1.1")), { headingNumbering: true });
    const large = setup([...numberedDraft(wording("1.1")), ...prose(1500)], { headingNumbering: true });
    const a = await syncsOf(small.doc, () => readDocument(small.word));
    const b = await syncsOf(large.doc, () => readDocument(large.word));
    expect(a).toBe(b);
    expect(a).toBeLessThanOrEqual(3);
  });
});

describe("inserted paragraphs inherit lists (defect 2)", () => {
  const bulletTail: MemoryParagraphSpec[] = [
    { text: "My notes on coaching" },
    { text: "point one", list: { id: "notes", kind: "bullet" } },
    { text: "point two", list: { id: "notes", kind: "bullet" } },
  ];
  const inList = (memory: ReturnType<typeof setup>["doc"], uids: Set<number>) =>
    snapshot(memory).filter((p) => !uids.has(p.uid) && p.listString !== undefined).map((p) => p.text);

  test("a template placed after a bulleted list: none of the add-in's paragraphs is a list item", async () => {
    const { doc, word } = setup(bulletTail);
    const learner = new Set(snapshot(doc).map((p) => p.uid));
    const r = await insertTemplate(word, U, { guidance: true, coverSheet: true, lockHeadings: true });
    expect(r.outcome).toBe("appended");
    expect(inList(doc, learner)).toEqual([]);
    // The learner's own list is untouched.
    expect(snapshot(doc).filter((p) => learner.has(p.uid)).map((p) => p.listString)).toEqual([undefined, "\u2022", "\u2022"]);
  });

  test("missing sections after a numbered list item, and a heading style that carries numbering", async () => {
    const specs: MemoryParagraphSpec[] = [
      { text: wording("1.1"), style: "Heading2" },
      { text: "Steps I took:" },
      { text: "contracting", list: { id: "steps" } },
      { text: "reviewing", list: { id: "steps" } },
    ];
    const { doc, word } = setup(specs, { headingNumbering: true });
    const learner = new Set(snapshot(doc).map((p) => p.uid));
    await insertMissingSections(word, U, { guidance: true, lockHeadings: false });
    expect(inList(doc, learner)).toEqual([]);
  });

  test("reference list entries and heading after a bulleted paragraph", async () => {
    const { doc, word } = setup(bulletTail);
    const learner = new Set(snapshot(doc).map((p) => p.uid));
    await updateReferenceList(word, [{ text: "Covey, S. (1989) The 7 habits. London: Simon & Schuster." }]);
    expect(inList(doc, learner)).toEqual([]);
  });
});
