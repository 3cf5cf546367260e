import { buildMemoryDocument, memoryRun, snapshot } from "../../src/word-memory/memory-word";

/**
 * The in-memory Word's paragraph indents (Word.Paragraph.leftIndent / firstLineIndent, WordApi 1.1, points),
 * which the reference list's hanging indent depends on: they must behave like Office.js scalars.
 */

function doc() {
  return buildMemoryDocument([
    { text: "References", style: "Heading1" },
    { text: "A quotation the learner indented.", leftIndent: 36, firstLineIndent: 0 },
    { text: "A paragraph with a first-line indent.", firstLineIndent: 18 },
  ]);
}

describe("in-memory Word: paragraph indents", () => {
  test("throw until loaded and synced, then read the document's values", async () => {
    await memoryRun(doc())(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const quote = ps.items[1]!;
      expect(() => quote.leftIndent).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      quote.load("leftIndent,firstLineIndent");
      expect(() => quote.firstLineIndent).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([quote.leftIndent, quote.firstLineIndent]).toEqual([36, 0]);
    });
  });

  test("are loaded by a whole-object load and through items/ paths", async () => {
    await memoryRun(doc())(async (context) => {
      const ps = context.document.body.paragraphs.load("items/firstLineIndent");
      await context.sync();
      expect(ps.items.map((p) => p.firstLineIndent)).toEqual([0, 0, 18]);
      expect(() => ps.items[0]!.leftIndent).toThrow(/not available/);
      const last = ps.items[2]!.load();
      await context.sync();
      expect(last.leftIndent).toBe(0);
    });
  });

  test("writes are queued and reach the document only at sync", async () => {
    const d = doc();
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const p = ps.items[2]!;
      p.leftIndent = 36;
      p.firstLineIndent = -36;
      expect(d.paragraphs[2]!.leftIndent).toBe(0);
      expect(d.paragraphs[2]!.firstLineIndent).toBe(18);
      await context.sync();
      expect(snapshot(d)[2]).toMatchObject({ leftIndent: 36, firstLineIndent: -36 });
      // A value loaded earlier is a snapshot; a fresh load sees the write.
      p.load("firstLineIndent");
      await context.sync();
      expect(p.firstLineIndent).toBe(-36);
    });
  });

  test("a new paragraph takes its neighbour's indents, as Enter does", async () => {
    const d = doc();
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      ps.items[1]!.insertParagraph("after the quotation", "After");
      await context.sync();
    });
    expect(snapshot(d)[2]).toMatchObject({ text: "after the quotation", leftIndent: 36, firstLineIndent: 0 });
  });

  test("a value that is not a number of points fails the sync", async () => {
    const d = doc();
    await expect(
      memoryRun(d)(async (context) => {
        const ps = context.document.body.paragraphs.load("items/text");
        await context.sync();
        ps.items[0]!.leftIndent = Number.NaN;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(d.paragraphs[0]!.leftIndent).toBe(0);
  });

  test("cannot be changed inside a locked content control or a read-only document", async () => {
    const locked = buildMemoryDocument([{ text: "Locked", controls: [{ tag: "ilm:cover", cannotEdit: true }] }]);
    const readOnly = buildMemoryDocument([{ text: "Read-only" }], { readOnly: true });
    for (const d of [locked, readOnly]) {
      await expect(
        memoryRun(d)(async (context) => {
          const ps = context.document.body.paragraphs.load("items/text");
          await context.sync();
          ps.items[0]!.firstLineIndent = -36;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
      expect(d.paragraphs[0]!.firstLineIndent).toBe(0);
    }
  });
});
