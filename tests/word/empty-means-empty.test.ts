/**
 * What counts as an "empty" document before the template is written. Into an empty document the
 * template goes in whole and the new document's blank paragraph is deleted; anything else gets
 * the template after it and nothing deleted. The audit made a document holding only an empty
 * table count as empty, and its cells' paragraphs were deleted with no test noticing. A table,
 * the learner's text in a table or a content control, or another add-in's control: not empty.
 */
import { insertTemplate, isEmptyDocument } from "../../src/word/insert-template";
import { readDocument } from "../../src/word/read-document";
import { snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { setup, unit } from "./helpers";

const U = unit("8580-500");
const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

const cell = (row: number, c: number, text = ""): MemoryParagraphSpec => ({ text, table: { table: 0, row, cell: c } });

const NOT_EMPTY: [name: string, spec: MemoryParagraphSpec[]][] = [
  ["only an empty 2 x 2 table", [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)]],
  ["an empty table between blank paragraphs", [{ text: "" }, cell(0, 0), cell(0, 1), { text: "" }]],
  ["an empty one-cell table", [cell(0, 0)]],
  ["the learner's text only in a table", [cell(0, 0, "Week 1"), cell(0, 1, "My notes in a cell.")]],
  ["the learner's text only in a content control of their own", [{ text: "My answer in a control.", controls: ["my-notes"] }]],
  ["an empty content control belonging to another add-in", [{ text: "", controls: ["other-addin:field"] }]],
  ["blank paragraphs around a table of blank cells", [{ text: " " }, cell(0, 0, "\t"), { text: "" }]],
];

describe("'empty' before the template is written", () => {
  test("the table of cases is not empty", () => {
    expect(NOT_EMPTY.length).toBeGreaterThan(5);
  });

  test.each(NOT_EMPTY)("%s: not empty; the template goes after it and nothing is deleted or changed", async (_name, spec) => {
    const { doc, word } = setup(spec);
    const before = snapshot(doc);
    expect(isEmptyDocument(await readDocument(word))).toBe(false);

    const result = await insertTemplate(word, U, OPTS);
    expect(result.outcome).toBe("appended");
    const after = snapshot(doc);
    const uids = new Set(before.map((p) => p.uid));
    // Every paragraph that was there is still there, identical, in order, in its table cell.
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
  });

  test("a new document's one blank paragraph is empty (the one case where something goes)", async () => {
    const { doc, word } = setup([{ text: "" }]);
    expect(isEmptyDocument(await readDocument(word))).toBe(true);
    const result = await insertTemplate(word, U, OPTS);
    expect(result.outcome).toBe("inserted");
    expect(snapshot(doc)[0]!.styleBuiltIn).toBe("Title");
  });
});
