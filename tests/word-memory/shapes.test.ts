/**
 * The in-memory Word's shapes (src/word-memory/shapes.ts), held to what the Word API reference says
 * of Body.shapes, Paragraph.shapes, Shape, TextFrame.hasText and Paragraph.insertTextBox
 * (WordApiDesktop 1.2), and to office-js #5282 (a text box's text is not in the body's text).
 */
import { makeParagraph, type DraftDocument } from "../../src/model/document";
import { buildMemoryDocument, memoryDocumentFromDraft, memoryRun, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { memoryShapes, textStoriesCreated } from "../../src/word-memory/shapes";
import { readDocument } from "../../src/word/read-document";

describe("shapes in the in-memory Word", () => {
  test("insertTextBox: its text is a story of its own, listed by body.shapes and by its anchor paragraph's shapes", async () => {
    const doc = buildMemoryDocument([{ text: "Before" }, { text: "Anchor" }, { text: "After" }]);
    const seen = await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      const box = ps.items[1]!.insertTextBox("Boxed words");
      box.load("id");
      await context.sync();
      const all = context.document.body.shapes;
      all.load(["items/id", "items/type", "items/textFrame/hasText", "items/body/text"]);
      const perParagraph = ps.items.map((p) => p.shapes.load("items/id"));
      const body = context.document.body.load("text");
      const texts = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return {
        id: box.id,
        all: all.items.map((s) => [s.id, s.type, s.textFrame.hasText, s.body.text]),
        perParagraph: perParagraph.map((c) => c.items.map((s) => s.id)),
        bodyText: body.text,
        texts: texts.items.map((p) => p.text),
      };
    });
    expect(seen.all).toEqual([[seen.id, "TextBox", true, "Boxed words"]]);
    expect(seen.perParagraph).toEqual([[], [seen.id], []]);
    expect(seen.texts).toEqual(["Before", "Anchor", "After"]);
    expect(seen.bodyText).not.toContain("Boxed words");
    expect(snapshot(doc).map((p) => p.text)).toEqual(["Before", "Anchor", "After"]);
  });

  test("getByTypes keeps the shapes of those types", async () => {
    const doc = buildMemoryDocument([{ text: "a", shapes: [{ type: "Picture" }, { paragraphs: ["box"] }, { type: "Group" }] }]);
    const types = await memoryRun(doc)(async (context) => {
      const boxes = context.document.body.shapes.getByTypes(["TextBox", "GeometricShape"]).load("items/type");
      const others = context.document.body.shapes.getByTypes(["Picture", "Group"]).load("items/type");
      await context.sync();
      return [boxes.items.map((s) => s.type), others.items.map((s) => s.type)];
    });
    expect(types).toEqual([["TextBox"], ["Picture", "Group"]]);
  });

  test("reading Shape.body of a shape with no text creates a text story (a change); textFrame.hasText does not", async () => {
    const doc = buildMemoryDocument([{ text: "a", shapes: [{ type: "GeometricShape" }] }]);
    const hasText = await memoryRun(doc)(async (context) => {
      const shapes = context.document.body.shapes.load("items/textFrame/hasText");
      await context.sync();
      return shapes.items[0]!.textFrame.hasText;
    });
    expect(hasText).toBe(false);
    expect(textStoriesCreated(doc)).toBe(0);
    await memoryRun(doc)(async (context) => {
      context.document.body.shapes.load("items/body/text");
      await context.sync();
    });
    expect(textStoriesCreated(doc)).toBe(1);
  });

  test("a picture has no text frame or body: the stricter reading of 'only applies to text boxes and geometric shapes'", async () => {
    const doc = buildMemoryDocument([{ text: "a", shapes: [{ type: "Picture" }] }]);
    await expect(
      memoryRun(doc)(async (context) => {
        context.document.body.shapes.load("items/textFrame/hasText");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("properties throw until loaded and synced", async () => {
    const doc = buildMemoryDocument([{ text: "a", shapes: [{ paragraphs: ["box"] }] }]);
    await expect(
      memoryRun(doc)(async (context) => {
        const shapes = context.document.body.shapes.load("items/id");
        await context.sync();
        return shapes.items[0]!.type;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("a shape goes with the paragraph holding its anchor; the paragraph's OOXML shows it", async () => {
    const doc = buildMemoryDocument([{ text: "", shapes: [{ paragraphs: ["box"] }] }, { text: "keep" }]);
    const ooxml = await memoryRun(doc)(async (context) => {
      const x = context.document.body.paragraphs.getFirst().getOoxml();
      await context.sync();
      return x.value;
    });
    expect(ooxml).toContain("w:txbxContent");
    await memoryRun(doc)(async (context) => {
      context.document.body.paragraphs.getFirst().delete();
      await context.sync();
    });
    expect(memoryShapes(doc)).toEqual([]);
  });

  test("inserting a text box is a write: refused in a read-only document, and without WordApiDesktop 1.2", async () => {
    for (const options of [{ readOnly: true }, { requirements: { WordApi: "1.5" } }]) {
      const doc = buildMemoryDocument([{ text: "a" }], options);
      await expect(
        memoryRun(doc)(async (context) => {
          context.document.body.paragraphs.getFirst().insertTextBox("x");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: options.readOnly ? "AccessDenied" : "ApiNotFound" });
      expect(memoryShapes(doc)).toEqual([]);
    }
  });
});

describe("memoryDocumentFromDraft carries list numbers and text boxes", () => {
  test("a draft with numbered headings, a bulleted line and text boxes survives the trip into the in-memory Word and back", async () => {
    const draft: DraftDocument = {
      source: "Word",
      paragraphs: [
        makeParagraph({ index: 0, text: "Coaching", headingLevel: 1, style: "Heading 1", listNumber: "1." }),
        makeParagraph({ index: 1, text: "Define coaching", headingLevel: 2, style: "Heading 2", listNumber: "1.1" }),
        makeParagraph({ index: 2, text: "An answer with a box.", style: "Normal" }),
        makeParagraph({ index: 3, text: "Step (b) of the plan", style: "Normal", listNumber: "b)" }),
        makeParagraph({ index: 4, text: "Box line one (Kline, 1999).", part: "textbox", anchor: 2 }),
        makeParagraph({ index: 5, text: "Box line two.", part: "textbox", anchor: 2 }),
        makeParagraph({ index: 6, text: "A footnote.", part: "footnote", anchor: 2 }),
      ],
    };
    const doc = memoryDocumentFromDraft(draft);
    expect(snapshot(doc).map((p) => p.listString ?? null)).toEqual(["1.", "1.1", null, "b)"]);
    expect(await readDocument(memoryWordRunner(doc))).toEqual(draft);
  });
});
