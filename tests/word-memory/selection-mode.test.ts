/**
 * select(selectionMode) as Word documents it (https://learn.microsoft.com/en-us/javascript/api/word/word.selectionmode):
 * "Select" selects the object, "Start" and "End" leave a collapsed cursor at its start or end.
 */
import { buildMemoryDocument, memoryWordRunner, type MemoryDocument } from "../../src/word-memory/memory-word";

async function run(doc: MemoryDocument, batch: (context: Parameters<Parameters<ReturnType<typeof memoryWordRunner>["run"]>[0]>[0]) => void): Promise<void> {
  await memoryWordRunner(doc).run(async (context) => {
    batch(context);
    await context.sync();
  });
}

const doc = () => buildMemoryDocument([{ text: "First paragraph." }, { text: "Second one." }, { text: "Third." }]);
const sel = (d: MemoryDocument) => {
  const s = d.selection!;
  return [d.paragraphs.indexOf(s.start), s.startOffset, d.paragraphs.indexOf(s.end), s.endOffset];
};

describe("selection modes", () => {
  test.each([
    ["Select", [1, undefined, 1, undefined]],
    ["Start", [1, 0, 1, 0]],
    ["End", [1, "Second one.".length, 1, "Second one.".length]],
  ] as const)("Paragraph.select(%s)", async (mode, expected) => {
    const d = doc();
    await memoryWordRunner(d).run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      ps.items[1]!.select(mode);
      await context.sync();
    });
    expect(sel(d)).toEqual(expected);
  });

  test.each([
    ["Select", [0, 6, 1, 6]],
    ["Start", [0, 6, 0, 6]],
    ["End", [1, 6, 1, 6]],
  ] as const)("Range.select(%s) over two paragraphs", async (mode, expected) => {
    const d = doc();
    d.selection = { start: d.paragraphs[0], end: d.paragraphs[1], startOffset: 6, endOffset: 6 };
    await run(d, (context) => context.document.getSelection().select(mode));
    expect(sel(d)).toEqual(expected);
  });

  test("ParagraphCollection.getFirst and getLast give the selection's first and last paragraphs", async () => {
    const d = doc();
    d.selection = { start: d.paragraphs[0], end: d.paragraphs[2], startOffset: 2, endOffset: 3 };
    let first = "";
    let last = "";
    await memoryWordRunner(d).run(async (context) => {
      const ps = context.document.getSelection().paragraphs;
      const a = ps.getFirst();
      const b = ps.getLast();
      a.load("text");
      b.load("text");
      await context.sync();
      [first, last] = [a.text, b.text];
    });
    expect([first, last]).toEqual(["First paragraph.", "Third."]);
  });
});
