/**
 * writeBlocks on its own: the one place template blocks become paragraphs and controls. Word gives
 * an inserted paragraph its neighbour's formatting (the in-memory Word models that), so each case
 * writes beside a learner's paragraph whose formatting must not leak into the add-in's.
 */
import type { TemplateBlock } from "../../src/core/template";
import { controlsSnapshot, snapshot, type MemoryDocument, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { GUIDANCE_COLOUR, TEXT_COLOUR, writeBlocks, type InsertPoint } from "../../src/word/write-blocks";
import type { WordContext } from "../../src/word/word-api";
import { setup } from "./helpers";

const LEARNER_RED = "#C00000";

async function write(
  paragraphs: MemoryParagraphSpec[],
  blocks: TemplateBlock[],
  where: (context: WordContext) => InsertPoint,
  lockHeadings = false,
  colour?: string,
): Promise<MemoryDocument> {
  const { doc, word } = setup(paragraphs);
  // the learner's own colour on every paragraph (the document builder takes no colours)
  if (colour) for (const p of doc.paragraphs) p.color = colour;
  await word.run(async (context) => {
    writeBlocks(where(context), blocks, { lockHeadings });
    await context.sync();
  });
  return doc;
}

const atEnd = (context: WordContext): InsertPoint => ({ kind: "body", target: context.document.body, location: "End" });

const guidance: TemplateBlock = {
  kind: "guidance",
  tag: "ilm:guidance:1.1",
  lockable: false,
  paragraphs: [
    { text: "To pass, make sure your answer includes:", style: "Normal" },
    { text: "\u25e6 a nested point", style: "Normal", level: 2 },
  ],
};
const answer: TemplateBlock = { kind: "answer", ac: "1.1", lockable: false, paragraphs: [{ text: "", style: "Normal" }] };
const heading: TemplateBlock = {
  kind: "ac-heading",
  tag: "ilm:heading:1.2",
  title: "AC 1.2",
  ac: "1.2",
  lockable: true,
  paragraphs: [{ text: "1.2 Explain something", style: "Heading2" }],
};

describe("writeBlocks", () => {
  test("an answer paragraph written after a learner's coloured text is black, not the learner's colour", async () => {
    const doc = await write([{ text: "My answer in red." }], [answer], atEnd, false, LEARNER_RED);
    expect(doc.paragraphs.map((p) => [p.text, p.color])).toEqual([
      ["My answer in red.", LEARNER_RED],
      ["", TEXT_COLOUR],
    ]);
  });

  test("guidance is grey italic, and the answer after it is black upright", async () => {
    const doc = await write([{ text: "Learner text." }], [guidance, answer], atEnd);
    const [, lead, nested, blank] = doc.paragraphs;
    expect([lead!.color, lead!.italic, nested!.color, nested!.italic]).toEqual([GUIDANCE_COLOUR, true, GUIDANCE_COLOUR, true]);
    // a nested point sits one list step in; the others start flush
    expect([lead!.leftIndent, nested!.leftIndent, blank!.leftIndent]).toEqual([0, 18, 0]);
    expect([blank!.color, blank!.italic, blank!.controls.length]).toEqual([TEXT_COLOUR, false, 0]);
  });

  test("a control's paragraphs go inside it, and the next block goes after it, outside", async () => {
    const doc = await write([], [heading, guidance, answer], atEnd);
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ["", []],
      ["1.2 Explain something", ["ilm:heading:1.2"]],
      ["To pass, make sure your answer includes:", ["ilm:guidance:1.1"]],
      ["\u25e6 a nested point", ["ilm:guidance:1.1"]],
      ["", []],
    ]);
    const controls = doc.allControls();
    expect(controls.map((c) => [c.tag, c.title, c.appearance])).toEqual([
      ["ilm:heading:1.2", "AC 1.2", "BoundingBox"],
      ["ilm:guidance:1.1", "", "BoundingBox"],
    ]);
  });

  test("a block with no control of its own writes every paragraph, in order, one after another", async () => {
    const plain: TemplateBlock = {
      kind: "structure",
      lockable: false,
      paragraphs: [
        { text: "References", style: "Heading1" },
        { text: "First line", style: "Normal" },
        { text: "Second line", style: "Normal", bold: true },
      ],
    };
    const doc = await write([{ text: "Before." }, { text: "After." }], [plain], (context) => {
      const first = context.document.body.paragraphs.getFirst();
      return { kind: "paragraph", target: first, location: "After" };
    });
    expect(snapshot(doc).map((p) => [p.text, p.styleBuiltIn, p.bold, p.tags.length])).toEqual([
      ["Before.", "Normal", false, 0],
      ["References", "Heading1", false, 0],
      ["First line", "Normal", false, 0],
      ["Second line", "Normal", true, 0],
      ["After.", "Normal", false, 0],
    ]);
  });

  test("a block with no paragraphs writes nothing and the next block still lands where it should", async () => {
    const empty: TemplateBlock = { kind: "guidance", tag: "ilm:guidance:1.1", lockable: false, paragraphs: [] };
    const doc = await write([{ text: "Learner text." }], [empty, answer, empty], atEnd);
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ["Learner text.", []],
      ["", []],
    ]);
    expect(controlsSnapshot(doc)).toEqual([]);
  });

  test("locks a lockable block's control only when asked, and after its paragraphs are formatted", async () => {
    const locked = await write([], [heading], atEnd, true);
    expect(controlsSnapshot(locked).map((c) => [c.cannotEdit, c.cannotDelete])).toEqual([[true, true]]);
    const open = await write([], [heading], atEnd, false);
    expect(controlsSnapshot(open).map((c) => [c.cannotEdit, c.cannotDelete])).toEqual([[false, false]]);
  });

  test("returns the point after the last block, so a second call continues there", async () => {
    const { doc, word } = setup([{ text: "Learner text." }, { text: "Last." }]);
    await word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const { next, written } = writeBlocks({ kind: "paragraph", target: first, location: "After" }, [heading], { lockHeadings: false });
      expect(written.map((w) => [w.block.kind, w.paragraphs.length, w.control !== null])).toEqual([["ac-heading", 1, true]]);
      writeBlocks(next, [answer], { lockHeadings: false });
      await context.sync();
    });
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ["Learner text.", []],
      ["1.2 Explain something", ["ilm:heading:1.2"]],
      ["", []],
      ["Last.", []],
    ]);
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test("the guidance grey reads as grey yet keeps WCAG AA contrast (4.5:1) on white; answers are black", () => {
  const contrast = 1.05 / (luminance(GUIDANCE_COLOUR) + 0.05);
  expect(contrast).toBeGreaterThanOrEqual(4.5);
  expect(contrast).toBeLessThan(10);
  expect(TEXT_COLOUR).toBe("#000000");
});
