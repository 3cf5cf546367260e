import { createFormatter } from "../../src/harvard/format";
import { insertCitation, INSERT_UNSUPPORTED_MESSAGE } from "../../src/word/citation-insert";
import { buildMemoryDocument, memoryHost, snapshot } from "../../src/word-memory";
import { MemRange } from "../../src/word-memory/objects";
import { SOURCES } from "../harvard/library/fixtures/sources";

const runs = createFormatter(SOURCES).citation([{ id: "smith2020", locator: "42" }]).runs;
const essay = () =>
  buildMemoryDocument([
    { text: "1.1 Explain the purpose of coaching", style: "Heading2" },
    { text: "Coaching “works” – see\ttable 1." },
    { text: "Second learner paragraph." },
  ]);

// The in-memory Word models paragraphs, not characters: it has no Range.insertText yet, so
// insertion inside a paragraph cannot be exercised here. What can be checked is that the
// add-in refuses cleanly, touching nothing, when the host lacks it.
const memoryHasInsertText = typeof (MemRange.prototype as unknown as { insertText?: unknown }).insertText === "function";

describe("insert citation", () => {
  it("formats et al. in italics in the runs it inserts", () => {
    expect(runs).toEqual([{ text: "(Smith " }, { text: "et al.", italic: true }, { text: ", 2020, p. 42)" }]);
  });

  (memoryHasInsertText ? it.skip : it)("refuses in one sentence, leaving the document untouched, where the host cannot insert text", async () => {
    const doc = essay();
    const before = snapshot(doc);
    await expect(insertCitation(memoryHost(doc), runs)).rejects.toThrow(INSERT_UNSUPPORTED_MESSAGE);
    expect(snapshot(doc)).toEqual(before);
  });

  // Written against Office.js semantics only, so they run as soon as the in-memory Word gains Range.insertText.
  const whenInsertable = memoryHasInsertText ? it : it.skip;
  async function selectIn(doc: ReturnType<typeof essay>, index: number, where: "Whole" | "End" | "Start") {
    await memoryHost(doc).run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items");
      await context.sync();
      if (where === "Whole") ps.items[index].select();
      else ps.items[index].getRange(where).select();
      await context.sync();
    });
  }

  whenInsertable("puts the citation after a selection, with a space, and leaves every learner character as it was", async () => {
    const doc = essay();
    const before = snapshot(doc);
    await selectIn(doc, 1, "Whole");
    const r = await insertCitation(memoryHost(doc), runs);
    expect(r).toEqual({ text: " (Smith et al., 2020, p. 42)", afterSelection: true });
    const after = snapshot(doc);
    expect(after[1].text).toBe(before[1].text + r.text);
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);
  });

  whenInsertable("puts the citation at the cursor without adding a space", async () => {
    const doc = essay();
    const before = snapshot(doc);
    await selectIn(doc, 2, "Start");
    const t0 = doc.syncTotal;
    const r = await insertCitation(memoryHost(doc), runs);
    expect(doc.syncTotal - t0).toBe(2);
    expect(r.afterSelection).toBe(false);
    expect(snapshot(doc)[2].text).toBe(r.text + before[2].text);
  });

  it("asks for a source when given nothing to insert", async () => {
    await expect(insertCitation(memoryHost(essay()), [])).rejects.toThrow("Choose a source to cite first.");
  });

  it("says Word is too old below WordApi 1.3", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { requirements: { WordApi: "1.2" } });
    await expect(insertCitation(memoryHost(doc), runs)).rejects.toThrow(/too old/);
  });
});
