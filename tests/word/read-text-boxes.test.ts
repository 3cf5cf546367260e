/**
 * Text boxes through Office.js (WordApiDesktop 1.2: Body.shapes, Shape.textFrame.hasText,
 * Shape.body, Paragraph.shapes), read in the body read's own two syncs: each box's words count in
 * the section of the paragraph holding its anchor, and its citations are matched. Where Word lacks
 * the Shape API (Word on the web, older desktop builds) the report says text boxes were not read.
 */
import { analyse } from "../../src/check/analyse";
import type { Report } from "../../src/model/report";
import { buildMemoryDocument, memoryRun, memoryWordRunner, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { textStoriesCreated } from "../../src/word-memory/shapes";
import { readDocument } from "../../src/word/read-document";
import { placeTextBoxes, type TextBoxLoads, type TextBoxQuery } from "../../src/word/read-text-boxes";
import type { WShape, WShapeBody, WShapeCollection } from "../../src/word/word-api";
import { prose, setup, syncsOf, templateDraft, unit } from "./helpers";

const U = unit("8580-503");
const BOX_IN_AC = ["Key learning from my third session", "Listening without judging matters most (Kline, 1999)."];
const BOX_IN_INTRO = ["My role: team leader in a contact centre."];
const REFERENCES: MemoryParagraphSpec[] = [
  { text: "References", style: "Heading1" },
  { text: "Kline, N. (1999) Time to think: listening to ignite the human mind. London: Ward Lock." },
];

/** A draft of unit 8580-503 with a text box in the introduction and one in the answer to 1.1. */
function draft(withBoxes = true): MemoryParagraphSpec[] {
  const body = templateDraft(U, {
    guidance: false,
    coverSheet: false,
    lockHeadings: false,
    answer: (ac): MemoryParagraphSpec[] =>
      ac === "1.1"
        ? [
            { text: "My first answer paragraph about my own ability as a coach." },
            { text: "", shapes: withBoxes ? [{ paragraphs: BOX_IN_AC }] : [] },
            { text: "A closing paragraph for this criterion." },
          ]
        : [{ text: `An answer for ${ac} written in the learner's own words.` }],
  });
  const intro: MemoryParagraphSpec[] = [
    { text: "Introduction", style: "Heading1" },
    { text: "This assignment draws on my work.", shapes: withBoxes ? [{ paragraphs: BOX_IN_INTRO }] : [] },
  ];
  return [...intro, ...body, ...REFERENCES];
}

const words = (lines: string[]) => lines.join(" ").split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const section = (r: Report, ac: string) => r.sections.find((s) => s.ac === ac)!;
const unreachable = (r: Report) => r.problems.filter((p) => p.code === "content-unreachable").map((p) => p.data?.what);

describe("text boxes through Office.js (WordApiDesktop 1.2)", () => {
  test("follow the body, anchored in the paragraph that holds them", async () => {
    const { word } = setup(draft());
    const doc = await readDocument(word);
    const boxes = doc.paragraphs.filter((p) => p.part === "textbox");
    const introAnchor = doc.paragraphs.findIndex((p) => p.text === "This assignment draws on my work.");
    const acAnchor = doc.paragraphs.findIndex((p, i) => p.text === "" && doc.paragraphs[i - 1]?.text.startsWith("My first answer"));
    expect(boxes.map((p) => [p.anchor, p.text])).toEqual([
      [introAnchor, BOX_IN_INTRO[0]],
      [acAnchor, BOX_IN_AC[0]],
      [acAnchor, BOX_IN_AC[1]],
    ]);
    // After every body paragraph, indexed on from them; the body paragraphs' own text is untouched.
    const bodyCount = doc.paragraphs.length - boxes.length;
    expect(boxes.map((p) => p.index)).toEqual([bodyCount, bodyCount + 1, bodyCount + 2]);
    expect(doc.paragraphs.slice(0, bodyCount).every((p) => p.part === undefined)).toBe(true);
    expect(doc.paragraphs[acAnchor]!.text).toBe("");
    expect(doc.unread).toBeUndefined();
  });

  test("a box's words count in the AC holding its anchor, and its citation is matched", async () => {
    const withBox = analyse(await readDocument(setup(draft()).word), { unit: U.id });
    const without = analyse(await readDocument(setup(draft(false)).word), { unit: U.id });

    expect(section(withBox, "1.1").words - section(without, "1.1").words).toBe(words(BOX_IN_AC));
    expect(section(withBox, "1.2").words).toBe(section(without, "1.2").words);

    // Cited only in the box: matched, in 1.1, and the reference list entry is cited.
    expect(withBox.citations).toEqual([expect.objectContaining({ authors: ["Kline"], year: "1999", ac: "1.1", matched: true })]);
    expect(withBox.problems.filter((p) => p.code === "reference-uncited")).toEqual([]);
    expect(without.problems.filter((p) => p.code === "reference-uncited")).toHaveLength(1);
    expect(unreachable(withBox)).toEqual([]);
  });

  test("still two syncs, however many boxes and paragraphs", async () => {
    const few = setup(draft());
    const many = setup([
      ...draft(),
      ...prose(300).map((p, i) => ({ ...p, shapes: i % 3 === 0 ? [{ paragraphs: [`Box ${i} (Kline, 1999).`] }] : [] })),
    ]);
    expect(await syncsOf(few.doc, () => readDocument(few.word))).toBe(2);
    expect(await syncsOf(many.doc, () => readDocument(many.word))).toBe(2);
    expect((await readDocument(many.word)).paragraphs.filter((p) => p.part === "textbox")).toHaveLength(103);
  });

  test("shapes without text cost no second sync and are never given a text story", async () => {
    const { doc, word } = setup([
      ...prose(20),
      { text: "", shapes: [{ type: "Picture" }, { type: "GeometricShape" }, { type: "TextBox", paragraphs: [""] }] },
    ]);
    const read = await readDocument(word);
    expect(await syncsOf(doc, () => readDocument(word))).toBe(1);
    expect(read.paragraphs.some((p) => p.part === "textbox")).toBe(false);
    // Reading Shape.body of the empty geometric shape would have changed the learner's document.
    expect(textStoriesCreated(doc)).toBe(0);
  });

  test("a group or drawing canvas is named as possibly holding text that was not read", async () => {
    const { word } = setup([...draft(), { text: "", shapes: [{ type: "Group" }] }]);
    const report = analyse(await readDocument(word), { unit: U.id });
    expect(unreachable(report)).toEqual(["text in grouped shapes and drawing canvases"]);
  });

  test("a box no paragraph lists (its anchor outside the body's paragraphs) is named as not read, the others placed", () => {
    // Plain objects standing for what the two syncs loaded: Paragraph.shapes of two paragraphs
    // list shape 1 only, though body.shapes gave shapes 1 and 2 with text.
    const shape = (id: number) => ({ id }) as WShape;
    const collection = (items: WShape[]) => ({ items }) as WShapeCollection;
    const query: TextBoxQuery = { shapes: collection([shape(1), shape(2)]), groups: collection([]) };
    const loads: TextBoxLoads = {
      withText: [shape(1), shape(2)],
      bodies: [{ text: "Placed (Kline, 1999)." }, { text: "Lost words" }] as WShapeBody[],
      anchored: [collection([]), collection([shape(1)])],
    };
    expect(placeTextBoxes(query, loads)).toEqual({
      placed: [{ anchor: 1, lines: ["Placed (Kline, 1999)."] }],
      unread: [{ what: "a text box whose place in the text could not be found" }],
    });
  });

  describe("without WordApiDesktop 1.2", () => {
    test.each([
      ["Word on the web", { platform: "web" as const }],
      ["an older Word on Windows or Mac", { requirements: { WordApi: "1.5" } }],
    ])("%s: boxes are not read and the report says so, once, as a note", async (_name, options) => {
      const doc = buildMemoryDocument(draft(), options);
      const read = await readDocument(memoryWordRunner(doc));
      expect(read.paragraphs.some((p) => p.part === "textbox")).toBe(false);
      expect(read.unread).toEqual([{ what: "text boxes", possibly: true }]);

      const report = analyse(read, { unit: U.id });
      const without = analyse(await readDocument(setup(draft(false)).word), { unit: U.id });
      expect(unreachable(report)).toEqual(["text boxes"]);
      expect(report.problems.find((p) => p.code === "content-unreachable")).toMatchObject({ severity: "info", messageId: "mayNotBeRead" });
      expect(section(report, "1.1").words).toBe(section(without, "1.1").words);
      expect(report.problems.filter((p) => p.code === "content-not-read")).toEqual([]);
    });

    test("the in-memory Word refuses shapes there with ApiNotFound, as Word does", async () => {
      const doc = buildMemoryDocument(draft(), { platform: "web" });
      await expect(
        memoryRun(doc)(async (context) => {
          context.document.body.shapes.load("items/id");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
