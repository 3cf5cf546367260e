import { makeParagraph, type DraftDocument } from "../../src/model/document";
import { memoryDocumentFromDraft, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { readDocument, headingLevelOf } from "../../src/word/read-document";
import { prose, setup, syncsOf } from "./helpers";

describe("readDocument", () => {
  test("reads text, heading levels, title, bold, style, tags and roles", async () => {
    const { word } = setup([
      { text: "8580-500 Coaching", style: "Title", controls: ["ilm:template:8580-500"] },
      { text: "Learner name:", controls: ["ilm:cover"] },
      { text: "Introduction", style: "Heading1" },
      { text: "1.1 Define coaching", style: "Heading 2", controls: [{ tag: "ilm:heading:1.1", cannotEdit: true }] },
      { text: "To pass, make sure your answer includes:", italic: true, controls: ["ilm:guidance:1.1"] },
      { text: "My bold heading", bold: true },
      { text: "Mixed", bold: null },
      { text: "Outline heading", outlineLevel: 3 },
      { text: "Custom styled", style: "My House Style" },
      { text: "line one\u000bline two" },
    ]);
    const doc = await readDocument(word);
    expect(doc.source).toBe("Word");
    const ps = doc.paragraphs;
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ps[0]).toMatchObject({ isTitle: true, headingLevel: 0, tags: ["ilm:template:8580-500"], role: "body" });
    expect(ps[1]).toMatchObject({ role: "cover", tags: ["ilm:cover"] });
    expect(ps[2]).toMatchObject({ headingLevel: 1, style: "Heading 1", tags: [] });
    expect(ps[3]).toMatchObject({ headingLevel: 2, tags: ["ilm:heading:1.1"], role: "body" });
    expect(ps[4]).toMatchObject({ role: "guidance", tags: ["ilm:guidance:1.1"] });
    expect(ps[5]).toMatchObject({ bold: true, headingLevel: 0 });
    expect(ps[6]!.bold).toBe(false);
    expect(ps[7]!.headingLevel).toBe(3);
    expect(ps[8]).toMatchObject({ style: "My House Style", headingLevel: 0 });
    expect(ps[9]!.text).toBe("line one\nline two");
  });

  test("nested content controls give every enclosing tag, outermost first", async () => {
    const { word } = setup([
      { text: "a", controls: ["centre-template", "ilm:guidance:1.1"] },
      { text: "b", controls: ["centre-template", "ilm:guidance:1.1"] },
      { text: "c", controls: ["centre-template"] },
      { text: "d", controls: ["centre-template", { tag: "ilm:guidance:1.1", key: "second" }, "inner"] },
      { text: "e" },
    ]);
    const doc = await readDocument(word);
    expect(doc.paragraphs.map((p) => p.tags)).toEqual([
      ["centre-template", "ilm:guidance:1.1"],
      ["centre-template", "ilm:guidance:1.1"],
      ["centre-template"],
      ["centre-template", "ilm:guidance:1.1", "inner"],
      [],
    ]);
    expect(doc.paragraphs.map((p) => p.role)).toEqual(["guidance", "guidance", "body", "guidance", "body"]);
  });

  test("table cells: row and cell from Word, tables numbered in document order, nested tables separately", async () => {
    const { word } = setup([
      { text: "before" },
      { text: "1.1", table: { table: 0, row: 0, cell: 0 } },
      { text: "answer", table: { table: 0, row: 0, cell: 1 } },
      { text: "inner", table: { table: 1, row: 0, cell: 0, nesting: 2 } },
      { text: "answer 2", table: { table: 0, row: 1, cell: 1 } },
      { text: "between" },
      { text: "second table", table: { table: 2, row: 0, cell: 0 } },
      { text: "after" },
    ]);
    const doc = await readDocument(word);
    expect(doc.paragraphs.map((p) => p.table ?? null)).toEqual([
      null,
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 1, row: 0, cell: 0 },
      { table: 0, row: 1, cell: 1 },
      null,
      { table: 2, row: 0, cell: 0 },
      null,
    ]);
  });

  test("a DraftDocument survives the trip into the in-memory Word and back", async () => {
    const draft: DraftDocument = {
      source: "Word",
      paragraphs: [
        makeParagraph({ index: 0, text: "Title", isTitle: true, style: "Title" }),
        makeParagraph({ index: 1, text: "1.1 Define", headingLevel: 2, style: "Heading 2", tags: ["ilm:heading:1.1"] }),
        makeParagraph({ index: 2, text: "guide", role: "guidance", tags: ["ilm:guidance:1.1"], style: "Normal" }),
        makeParagraph({ index: 3, text: "Bold", bold: true, style: "Normal" }),
        makeParagraph({ index: 4, text: "cell", table: { table: 0, row: 2, cell: 1 }, style: "Normal" }),
      ],
    };
    const mem = memoryDocumentFromDraft(draft);
    expect(snapshot(mem).map((p) => p.text)).toEqual(["Title", "1.1 Define", "guide", "Bold", "cell"]);
    expect(await readDocument(memoryWordRunner(mem))).toEqual(draft);
  });

  test("tracked deletions are left out where Word can say so (WordApi 1.4), still in two syncs", async () => {
    const spec = [
      { text: "1.1 Define coaching", style: "Heading2" },
      { text: "Coaching is a really helpful process.", reviewedText: "Coaching is a helpful process." },
      ...prose(3),
    ];
    const modern = setup(spec);
    expect((await readDocument(modern.word)).paragraphs[1]!.text).toBe("Coaching is a helpful process.");
    // Without 1.4 Word gives only the text with deletions in it; that is what is read.
    const old = setup(spec, { requirements: { WordApi: "1.3" } });
    expect((await readDocument(old.word)).paragraphs[1]!.text).toBe("Coaching is a really helpful process.");
    const large = setup([...spec, ...prose(2000)]);
    expect(await syncsOf(large.doc, () => readDocument(large.word))).toBe(2);
    expect(await syncsOf(modern.doc, () => readDocument(modern.word))).toBe(2);
  });

  test("heading level from the built-in style first, then outline level 1–9", () => {
    expect(headingLevelOf("Heading3", 10)).toBe(3);
    expect(headingLevelOf("Other", 2)).toBe(2);
    expect(headingLevelOf("Normal", 10)).toBe(0);
    expect(headingLevelOf("Normal", 0)).toBe(0);
  });

  test("at most two syncs, the same for 10 and 2,000 paragraphs, with and without controls and tables", async () => {
    const plain = (n: number) => setup(prose(n));
    const rich = (n: number) =>
      setup(
        prose(n).map((p, i) => ({
          ...p,
          ...(i % 7 === 0 ? { controls: ["ilm:guidance:1.1"] } : {}),
          ...(i % 11 === 0 ? { table: { table: 0, row: i, cell: 0 } } : {}),
        })),
      );
    for (const make of [plain, rich]) {
      const small = make(10);
      const large = make(2000);
      const a = await syncsOf(small.doc, () => readDocument(small.word));
      const b = await syncsOf(large.doc, () => readDocument(large.word));
      expect(a).toBe(b);
      expect(a).toBeLessThanOrEqual(2);
    }
    const big = rich(2000);
    expect((await readDocument(big.word)).paragraphs).toHaveLength(2000);
  });
});
