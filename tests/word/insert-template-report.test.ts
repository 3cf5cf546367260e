/**
 * "Insert template": the exact sentence a refusal gives, where each part of the template lands
 * around the learner's text, what an "empty" document loses, and the round trips. Written against
 * the mutants StrykerJS found surviving in src/word/insert-template.ts (issue 14): the list of
 * side-headings already there (one, two, three), a document with this unit's template tag but no
 * side-headings, another template's title already heading the document, the learner's own content
 * control, the title and cover sheet written once and above the learner's text, a paragraph of a
 * Unicode space in a new document, and a failure that says what it was doing.
 */
import { buildTemplate } from "../../src/core/template";
import { snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { insertTemplate } from "../../src/word/insert-template";
import { readDocument } from "../../src/word/read-document";
import { WordActionError } from "../../src/word/word-runner";
import { learnerText, prose, setup, syncsOf, unit } from "./helpers";

const U = unit("8580-503");
const ALL = { guidance: true, coverSheet: true, lockHeadings: true };
const [C1, C2, C3] = [U.criteria[0]!, U.criteria[1]!, U.criteria[2]!];
const sideHeading = (c: typeof C1): MemoryParagraphSpec => ({ text: `${c.id} ${c.wording}`, style: "Heading2" });
const refusal = (what: string) =>
  `This document already has ${what} of unit 8580-503, so nothing was inserted: use "Insert missing sections" to add only what is missing without touching your text.`;

/** The template's paragraph texts: its title and cover sheet, and everything else. */
const blocks = buildTemplate(U, ALL);
const textsOf = (bs: typeof blocks) => bs.flatMap((b) => b.paragraphs.map((p) => p.text));
const FRONT = textsOf(blocks.filter((b) => b.kind === "title" || b.kind === "cover"));
const REST = textsOf(blocks.filter((b) => b.kind !== "title" && b.kind !== "cover"));
const LEARNER = [0, 1, 2].map(learnerText);

describe("insert template: the refusal names what is already there", () => {
  test.each([
    ["one side-heading", [C2], `the side-headings for ${C2.id}`],
    ["two side-headings", [C1, C3], `the side-headings for ${C1.id} and ${C3.id}`],
    ["three side-headings", [C1, C2, C3], `the side-headings for ${C1.id}, ${C2.id} and ${C3.id}`],
  ])("%s: the exact sentence, and nothing written", async (_name, present, what) => {
    const { doc, word } = setup([...prose(2), ...present.flatMap((c, k) => [sideHeading(c), { text: learnerText(10 + k) }])]);
    const before = snapshot(doc);
    expect(await insertTemplate(word, U, ALL)).toEqual({ outcome: "refused", message: refusal(what) });
    expect(snapshot(doc)).toEqual(before);
  });

  test("this unit's template tag but none of its side-headings: refused as a template already there", async () => {
    const { doc, word } = setup([{ text: "My ILM assignment", style: "Title", controls: ["ilm:template:8580-503"] }, ...prose(3)]);
    const before = snapshot(doc);
    expect(await insertTemplate(word, U, ALL)).toEqual({ outcome: "refused", message: refusal("the template") });
    expect(snapshot(doc)).toEqual(before);
  });
});

describe("insert template around the learner's text: each part once, in its place", () => {
  test("the title and cover sheet above the learner's text, once; the sections after it", async () => {
    const { doc, word } = setup(prose(3));
    expect((await insertTemplate(word, U, ALL)).outcome).toBe("appended");
    expect(snapshot(doc).map((p) => p.text)).toEqual([...FRONT, ...LEARNER, ...REST]);
    expect(FRONT.length).toBeGreaterThan(1);
  });

  test("the learner's own content control is not a template: the title still goes on top", async () => {
    const { doc, word } = setup([{ text: learnerText(0), controls: ["my-notes"] }, ...prose(2, 1)]);
    await insertTemplate(word, U, ALL);
    expect(snapshot(doc).map((p) => p.text)).toEqual([...FRONT, ...LEARNER, ...REST]);
  });

  test("another template's title already heads the document: no second title above it, the whole template after the text", async () => {
    const foreign = { text: "Centre assignment 9999", style: "Title", controls: ["ilm:template:9999-001"] };
    const { doc, word } = setup([foreign, ...prose(3)]);
    expect((await insertTemplate(word, U, ALL)).outcome).toBe("appended");
    expect(snapshot(doc).map((p) => p.text)).toEqual([foreign.text, ...LEARNER, ...FRONT, ...REST]);
  });
});

describe("insert template into an empty document: only blank paragraphs go", () => {
  test("a paragraph of a Unicode space (an em space pasted in) is not a blank line: it stays, where the blank ones go", async () => {
    const { doc, word } = setup([{ text: "" }, { text: "\u2003" }, { text: " \u00a0\t" }]);
    const kept = snapshot(doc)[1]!.uid;
    expect((await insertTemplate(word, U, ALL)).outcome).toBe("inserted");
    const after = snapshot(doc);
    expect(after.map((p) => p.text)).toEqual(["\u2003", ...textsOf(blocks)]);
    expect(after[0]!.uid).toBe(kept);
  });

  test("nothing blank to check: no round trip for it, only the read and the write", async () => {
    const pageBreak = setup([{ text: "\f" }]);
    const reads = await syncsOf(pageBreak.doc, () => readDocument(pageBreak.word));
    expect(await syncsOf(pageBreak.doc, () => insertTemplate(pageBreak.word, U, ALL))).toBe(reads + 1);
    // With a blank paragraph, its OOXML is read first (one more round trip, whatever the document's size).
    const blank = setup([{ text: "" }]);
    expect(await syncsOf(blank.doc, () => insertTemplate(blank.word, U, ALL))).toBe(reads + 2);
  });
});

describe("insert template: failures", () => {
  test("a sync that fails: the one-sentence error says it was inserting the template", async () => {
    const { doc, word } = setup(prose(2));
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    const error = await insertTemplate(word, U, ALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as Error).message).toContain("insert the template");
  });
});
