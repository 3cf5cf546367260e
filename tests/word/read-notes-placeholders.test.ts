/**
 * The Word path reads what the .docx reader reads of footnotes, endnotes,
 * placeholders and subtitles, through the Office.js calls Word documents
 * (Body.footnotes / endnotes, WordApi 1.5; ContentControl.placeholderText,
 * WordApi 1.1; styleBuiltIn "Subtitle"), in the same two syncs.
 */
import { analyse } from "../../src/check/analyse";
import { makeParagraph, type DraftDocument } from "../../src/model/document";
import { memoryDocumentFromDraft, memoryWordRunner, memoryRun } from "../../src/word-memory/memory-word";
import { readDocument } from "../../src/word/read-document";
import { prose, setup, syncsOf } from "./helpers";

describe("footnotes and endnotes (WordApi 1.5)", () => {
  const spec = () => [
    { text: "1.1 Define coaching", style: "Heading2" },
    {
      text: "Coaching unlocks potential\u0002 and mentoring passes on experience.",
      notes: [
        { type: "Footnote" as const, paragraphs: ["\u0002 Kline (1999) describes a thinking environment.", "A second paragraph of the note."] },
        { type: "Endnote" as const, paragraphs: ["\u0002 See also de Haan (2008)."] },
      ],
    },
    { text: "Coaching unlocks potential." },
    { text: "Later paragraph.", notes: [{ type: "Footnote" as const, paragraphs: ["\u0002 A later note."] }] },
  ];

  test("follow the body paragraphs, anchored in the paragraph that holds the mark, marks dropped", async () => {
    const { word } = setup(spec());
    const doc = await readDocument(word);
    expect(doc.paragraphs.slice(4).map((p) => [p.part, p.anchor, p.text])).toEqual([
      ["footnote", 1, " Kline (1999) describes a thinking environment."],
      ["footnote", 1, "A second paragraph of the note."],
      ["endnote", 1, " See also de Haan (2008)."],
      ["footnote", 3, " A later note."],
    ]);
    expect(doc.paragraphs.slice(4).map((p) => p.index)).toEqual([4, 5, 6, 7]);
    // The reference mark is not a word of the body paragraph.
    expect(doc.paragraphs[1]!.text).toBe("Coaching unlocks potential and mentoring passes on experience.");
    expect(doc.unread).toBeUndefined();
  });

  test("still two syncs, however many notes", async () => {
    const few = setup(spec());
    const many = setup([
      ...spec(),
      ...prose(300).map((p, i) => ({ ...p, notes: i % 3 === 0 ? [{ type: "Footnote" as const, paragraphs: [`Note ${i}.`] }] : [] })),
    ]);
    expect(await syncsOf(few.doc, () => readDocument(few.word))).toBe(2);
    expect(await syncsOf(many.doc, () => readDocument(many.word))).toBe(2);
    expect((await readDocument(many.word)).paragraphs.filter((p) => p.part === "footnote")).toHaveLength(103);
  });

  test("without WordApi 1.5 they are not read, and the report says so once, as a note", async () => {
    const { word } = setup(spec(), { requirements: { WordApi: "1.4" } });
    const doc = await readDocument(word);
    expect(doc.paragraphs.every((p) => p.part === undefined)).toBe(true);
    // So old a Word lacks the Shape API too (WordApiDesktop 1.2): text boxes get their own note.
    expect(doc.unread).toEqual([{ what: "footnotes and endnotes", possibly: true }, { what: "text boxes", possibly: true }]);
    const problems = analyse(doc).problems.filter((p) => p.code === "content-not-read" || p.code === "content-unreachable");
    expect(problems).toEqual([
      expect.objectContaining({ code: "content-unreachable", severity: "info", messageId: "mayNotBeRead", data: { what: "footnotes and endnotes" } }),
      expect.objectContaining({ code: "content-unreachable", severity: "info", messageId: "mayNotBeRead", data: { what: "text boxes" } }),
    ]);
  });

  test("the in-memory Word refuses notes where the host lacks WordApi 1.5, as Word does", async () => {
    const { doc } = setup(spec(), { requirements: { WordApi: "1.4" } });
    await expect(
      memoryRun(doc)(async (context) => {
        context.document.body.footnotes.load("items/type");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a note whose anchor paragraph is deleted goes with it", async () => {
    const { doc, word } = setup(spec());
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      ps.items[3]!.delete();
      await context.sync();
    });
    const read = await readDocument(word);
    expect(read.paragraphs.filter((p) => p.part).map((p) => p.text)).not.toContain(" A later note.");
  });
});

describe("placeholders and subtitles", () => {
  test("a control still showing its placeholder text marks its paragraph; typed text does not", async () => {
    const { word } = setup([
      { text: "Click or tap here to enter text.", controls: [{ tag: "answer", placeholderText: "Click or tap here to enter text." }] },
      { text: "My own answer.", controls: [{ tag: "answer", key: "2", placeholderText: "Click or tap here to enter text." }] },
      { text: "Level 5 Certificate", style: "Subtitle" },
    ]);
    const doc = await readDocument(word);
    expect(doc.paragraphs.map((p) => [p.placeholder ?? false, p.isSubtitle ?? false])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
  });

  test("a draft with notes, a placeholder and a subtitle survives the trip into the in-memory Word and back", async () => {
    const draft: DraftDocument = {
      source: "Word",
      paragraphs: [
        makeParagraph({ index: 0, text: "Coaching", isTitle: true, style: "Title" }),
        makeParagraph({ index: 1, text: "Level 5", isSubtitle: true, style: "Subtitle" }),
        makeParagraph({ index: 2, text: "1.1 Define", headingLevel: 2, style: "Heading 2" }),
        makeParagraph({ index: 3, text: "Click or tap here to enter text.", placeholder: true, style: "Normal" }),
        makeParagraph({ index: 4, text: "Answer with a note.", style: "Normal" }),
        makeParagraph({ index: 5, text: "\tThe note.", part: "footnote", anchor: 4 }),
        makeParagraph({ index: 6, text: "\tThe endnote.", part: "endnote", anchor: 4 }),
      ],
    };
    expect(await readDocument(memoryWordRunner(memoryDocumentFromDraft(draft)))).toEqual(draft);
  });
});
