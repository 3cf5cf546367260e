/**
 * "Insert mark sheet" at its edges: a learner's last paragraph whose formatting must not leak into
 * the sheet, a sheet of another width, what the tutor is told when it replaces one, and which
 * failures carry the hint about a selected comment.
 */
import { buildMarkSheet, type MarkSheet } from "../../src/marking/mark-sheet";
import { buildMemoryDocument, memoryWordRunner, tableParagraphs } from "../../src/word-memory/memory-word";
import { COMMENT_SELECTED_HINT, insertMarkSheet } from "../../src/word/mark-sheet";
import { TEXT_COLOUR } from "../../src/word/write-blocks";
import { WordActionError } from "../../src/word/word-runner";
import { unit } from "./helpers";

/** A sheet as buildMarkSheet makes it, cut to three columns and two lines under the table. */
const SHEET: MarkSheet = {
  ...buildMarkSheet(unit("8581-700"), { unit: "8581-700", tutor: "Dr A. Tutor", date: "2025-03-04", grades: { "1.1": { mark: 9, rationale: "Clear." } } }),
  title: "Mark sheet",
  unitLine: "ILM 8581-700 A unit",
  table: [
    ["AC", "Mark", "Rationale"],
    ["1.1", "9 / 12", "Clear."],
  ],
  footer: [
    { label: "Total", value: "9 / 12" },
    { label: "Outcome", value: "Pass" },
  ],
};

const inSheet = (doc: ReturnType<typeof buildMemoryDocument>) => doc.paragraphs.filter((p) => p.controls.some((c) => c.tag === "ilm:mark-sheet"));

describe("the mark sheet at its edges", () => {
  test("after a learner's last paragraph in bold red italics, the sheet's own lines are plain black", async () => {
    const doc = buildMemoryDocument([{ text: "My answer." }, { text: "My last words, emphasised.", bold: true, italic: true }]);
    doc.paragraphs[1]!.color = "#C00000";
    await insertMarkSheet(memoryWordRunner(doc), SHEET);
    const lines = inSheet(doc).filter((p) => !p.table);
    expect(lines.map((p) => [p.text, p.bold, p.italic])).toEqual([
      ["Mark sheet", false, false],
      ["ILM 8581-700 A unit", false, false],
      ["Total: 9 / 12", false, false],
      ["Outcome: Pass", false, false],
    ]);
    expect(lines.filter((p) => p.style === "Normal").map((p) => p.color)).toEqual([TEXT_COLOUR, TEXT_COLOUR, TEXT_COLOUR]);
    expect(doc.paragraphs[1]).toMatchObject({ text: "My last words, emphasised.", bold: true, italic: true, color: "#C00000" });
  });

  test("the table takes the sheet's own width (three columns here)", async () => {
    const doc = buildMemoryDocument([{ text: "My answer." }]);
    await insertMarkSheet(memoryWordRunner(doc), SHEET);
    const cells = tableParagraphs(doc, inSheet(doc).find((p) => p.table)!.table!.table);
    expect(cells.filter((p) => p.table!.row === 0).map((p) => p.text)).toEqual(["AC", "Mark", "Rationale"]);
  });

  test("inserted again, the tutor is told it replaced the old one", async () => {
    const doc = buildMemoryDocument([{ text: "My answer." }]);
    const word = memoryWordRunner(doc);
    await insertMarkSheet(word, SHEET);
    expect(await insertMarkSheet(word, SHEET)).toEqual({ replaced: true, message: "Replaced the mark sheet at the end of the document." });
  });

  test("Word's failures name what was being done; only a general failure carries the hint about a selected comment", async () => {
    const doc = buildMemoryDocument([{ text: "My answer." }]);
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    const failed = await insertMarkSheet(memoryWordRunner(doc), SHEET).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WordActionError);
    expect((failed as Error).message).toMatch(/insert the mark sheet/);

    const readOnly = buildMemoryDocument([{ text: "My answer." }]);
    readOnly.readOnly = true;
    const refused = await insertMarkSheet(memoryWordRunner(readOnly), SHEET).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WordActionError);
    expect((refused as WordActionError).reason).not.toBe("failed");
    expect((refused as Error).message).not.toContain(COMMENT_SELECTED_HINT);
  });
});
