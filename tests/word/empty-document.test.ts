/**
 * Defect 6 of issue 10: a document whose paragraphs all look blank is not necessarily empty. Page
 * and section breaks ("\f"), pictures and anchored text boxes are not in `text`, or trim away: the
 * template goes in, and nothing but white space is ever deleted, never a break.
 */
import { insertTemplate } from "../../src/word/insert-template";
import { snapshot } from "../../src/word-memory/memory-word";
import { setup, unit } from "./helpers";

const U = unit("8580-500");
const OPTS = { guidance: false, coverSheet: false, lockHeadings: false };

describe("'empty' documents (defect 6)", () => {
  test("a new document's empty paragraph goes; the template is all there is", async () => {
    const { doc, word } = setup([]);
    await insertTemplate(word, U, OPTS);
    expect(snapshot(doc)[0]!.styleBuiltIn).toBe("Title");
  });

  test("breaks, a picture and a text box survive; only blank paragraphs go", async () => {
    const { doc, word } = setup([
      { text: "" },
      { text: "", objects: ["picture"] },
      { text: "\f" },
      { text: "  " },
      { text: "", objects: ["textBox"] },
      { text: "", sectionBreak: true },
      { text: "\t" },
    ]);
    const keep = snapshot(doc).filter((_, i) => [1, 2, 4, 5].includes(i)).map((p) => p.uid);
    const blank = snapshot(doc).filter((_, i) => [0, 3, 6].includes(i)).map((p) => p.uid);
    const r = await insertTemplate(word, U, OPTS);
    expect(r.outcome).toBe("inserted");
    const after = snapshot(doc);
    expect(keep.every((uid) => after.some((p) => p.uid === uid))).toBe(true);
    expect(after.filter((p) => keep.includes(p.uid)).map((p) => p.text)).toEqual(["", "\f", "", ""]);
    // The blank ones went.
    expect(after.filter((p) => blank.includes(p.uid))).toEqual([]);
    expect(doc.paragraphs.find((p) => p.objects?.includes("picture"))).toBeDefined();
    expect(doc.paragraphs.find((p) => p.sectionBreak)).toBeDefined();
  });
});
