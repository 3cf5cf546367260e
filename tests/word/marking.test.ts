/**
 * The tutor's grades in the document, the mark sheet, a bank comment on the selection, and what
 * the learner's pane reads back, against the in-memory Word and documents full of learner text.
 */
import { analyse } from "../../src/check/analyse";
import { serializeStore, STORE_NAMESPACE } from "../../src/model/document-store";
import { buildMarkSheet, footerLines } from "../../src/marking/mark-sheet";
import type { Marking } from "../../src/marking/marking";
import { markingEntry } from "../../src/marking/stored";
import {
  addMemoryComment,
  buildMemoryDocument,
  commentsSnapshot,
  controlsSnapshot,
  memoryWordRunner,
  snapshot,
  tableParagraphs,
  type MemoryDocument,
} from "../../src/word-memory/memory-word";
import { readStore, saveTicks } from "../../src/word/doc-store";
import { addFindingComments } from "../../src/word/finding-comments";
import { insertMarkSheet } from "../../src/word/mark-sheet";
import { loadMarking, saveMarking } from "../../src/word/marking-store";
import { commentOnSelection } from "../../src/word/comment-selection";
import { readDocument } from "../../src/word/read-document";
import { readFeedback } from "../../src/word/tutor-feedback";
import { COMMENTS_MESSAGE } from "../../src/word/requirements";
import { learnerParagraphs, prose, setup, syncsOf, templateDraft, uidsOf, unit } from "./helpers";

const u700 = unit("8581-700");
const u500 = unit("8580-500");

const marking: Marking = {
  unit: "8581-700",
  tutor: "Dr A. Tutor",
  date: "2025-03-04",
  grades: { "1.1": { mark: 9, rationale: "Clear comparison." }, "2.1": { mark: 12, rationale: "Good critique." } },
};

/** An 8581-700 draft with the learner's answers under every AC. */
function draft700(extra = 0): MemoryDocument {
  let n = 0;
  return buildMemoryDocument(
    templateDraft(u700, { guidance: false, coverSheet: true, lockHeadings: true, answer: () => prose(2 + extra, (n += 10)) }),
  );
}

describe("grades in the document", () => {
  test("saved with the tutor's name and date and read back; the part's other entries kept", async () => {
    const doc = draft700();
    const word = memoryWordRunner(doc);
    expect(await loadMarking(word)).toEqual({ state: "none" });
    await saveTicks(word, { "1.1": [0] });
    expect(await saveMarking(word, marking)).toBe(true);
    expect(await loadMarking(word)).toEqual({ state: "ok", value: marking });
    expect((await readStore(word)).ticks).toEqual({ "1.1": [0] });
    expect(doc.liveXmlParts().filter((p) => p.namespaceUri === STORE_NAMESPACE)).toHaveLength(1);
    // A later save replaces the grades, nothing else.
    const later = { ...marking, date: "2025-03-05", grades: { ...marking.grades, "1.2": { mark: 4, rationale: "" } } };
    await saveMarking(word, later);
    expect(await loadMarking(word)).toEqual({ state: "ok", value: later });
  });

  test("a part written by an older version of the add-in (no grades, declaration, no version) keeps what it holds", async () => {
    const doc = draft700();
    doc.addXmlPart(`<?xml version="1.0"?><store xmlns="${STORE_NAMESPACE}"><entry key="template">{"unit":"8581-700"}</entry><entry key="ticks">{"2.1":[1]}</entry></store>`);
    const word = memoryWordRunner(doc);
    expect(await loadMarking(word)).toEqual({ state: "none" });
    await saveMarking(word, marking);
    expect(await readStore(word)).toEqual({ template: { unit: "8581-700" }, ticks: { "2.1": [1] }, marking: markingEntry(marking) });
  });

  test("damaged grades are reported, and the next save replaces them; a part that is not XML is replaced too", async () => {
    const doc = draft700();
    doc.addXmlPart(serializeStore({ marking: { version: 1, unit: "8581-700", tutor: "T", date: "yesterday", grades: {} }, ticks: { "1.1": [2] } }));
    const word = memoryWordRunner(doc);
    const loaded = await loadMarking(word);
    expect(loaded).toMatchObject({ state: "damaged" });
    expect(loaded?.state === "damaged" && loaded.message).toMatch(/^The grades saved in this document could not be read \(date: .+\)/);
    await saveMarking(word, marking);
    expect(await loadMarking(word)).toEqual({ state: "ok", value: marking });
    expect((await readStore(word)).ticks).toEqual({ "1.1": [2] });

    const broken = draft700();
    broken.addXmlPart(`<store xmlns="${STORE_NAMESPACE}"><entry key="marking">{not json</entry></store>`);
    const w2 = memoryWordRunner(broken);
    expect(await loadMarking(w2)).toEqual({ state: "none" });
    await saveMarking(w2, marking);
    expect(await loadMarking(w2)).toEqual({ state: "ok", value: marking });
  });

  test("grades saved by a newer version are reported and never overwritten", async () => {
    const doc = draft700();
    const newer = serializeStore({ marking: { version: 2, grades: { "1.1": { band: "A" } } } });
    doc.addXmlPart(newer);
    const word = memoryWordRunner(doc);
    expect(await loadMarking(word)).toMatchObject({ state: "newer", version: 2 });
    await expect(saveMarking(word, marking)).rejects.toThrow(/saved by a newer version of the add-in/);
    expect(doc.liveXmlParts()[0]!.xml).toBe(newer);
  });

  test("a Word without WordApi 1.4 cannot keep grades: said plainly, nothing written; syncs constant otherwise", async () => {
    const old = draft700();
    old.requirements = { WordApi: "1.3" };
    const w = memoryWordRunner(old);
    expect(await loadMarking(w)).toBeNull();
    expect(await saveMarking(w, marking)).toBe(false);
    expect(old.syncTotal).toBe(0);
    for (const extra of [0, 300]) {
      const doc = draft700(extra);
      const word = memoryWordRunner(doc);
      expect(await syncsOf(doc, () => saveMarking(word, marking))).toBe(2);
      expect(await syncsOf(doc, () => saveMarking(word, marking))).toBe(3);
      expect(await syncsOf(doc, () => loadMarking(word))).toBe(2);
    }
  });
});

describe("the mark sheet", () => {
  test("a table at the end in the add-in's control: AC, wording, mark, rationale; total, outcome, tutor, date; learner text untouched", async () => {
    const doc = draft700();
    const word = memoryWordRunner(doc);
    const learner = uidsOf(doc);
    const before = snapshot(doc);
    const sheet = buildMarkSheet(u700, marking);
    expect(await insertMarkSheet(word, sheet)).toEqual({ replaced: false, message: "Inserted the mark sheet at the end of the document." });
    expect(learnerParagraphs(snapshot(doc), learner)).toEqual(before);

    const control = controlsSnapshot(doc).find((c) => c.tag === "ilm:mark-sheet")!;
    expect(control).toBeDefined();
    const inside = doc.paragraphs.filter((p) => p.controls.some((c) => c.tag === "ilm:mark-sheet"));
    const cells = inside.filter((p) => p.table);
    const table = tableParagraphs(doc, cells[0]!.table!.table);
    expect(table).toEqual(cells);
    const rows = Array.from({ length: sheet.table.length }, (_, r) => table.filter((p) => p.table!.row === r).map((p) => p.text));
    expect(rows).toEqual(sheet.table);
    expect(rows[1]).toEqual(["1.1", u700.criteria[0]!.wording, "9 / 12", "Clear comparison."]);
    const outside = inside.filter((p) => !p.table).map((p) => [p.text, p.style]);
    expect(outside).toEqual([
      ["Mark sheet", "Heading 1"],
      [`ILM 8581-700 ${u700.title}`, "Normal"],
      ...footerLines(sheet).map((l) => [l, "Normal"]),
    ]);
    expect(footerLines(sheet)).toContain("Tutor: Dr A. Tutor");
    // After every learner paragraph.
    expect(doc.paragraphs.indexOf(inside[0]!)).toBeGreaterThan(Math.max(...before.map((p) => doc.paragraphs.findIndex((q) => q.uid === p.uid))));
  });

  test("inserted again, it replaces itself in place; the checks never read it as the learner's answer", async () => {
    // No reference list at the end: the sheet follows the answer to 4.2, whose words it must not add to.
    const doc = draft700();
    const refs = doc.paragraphs.findIndex((p) => p.text === "References");
    expect(refs).toBeGreaterThan(0);
    for (const p of doc.paragraphs.slice(refs)) doc.deleteParagraph(p);
    const word = memoryWordRunner(doc);
    const reportBefore = analyse(await readDocument(word), {});
    await insertMarkSheet(word, buildMarkSheet(u700, marking));
    // The learner adds a paragraph after the sheet; the tutor then re-marks and re-inserts.
    doc.appendParagraph({ text: "Appendix 1: coaching log", style: "Heading 1" });
    const learner = uidsOf(doc);
    const sheetUids = new Set(doc.paragraphs.filter((p) => p.controls.some((c) => c.tag === "ilm:mark-sheet")).map((p) => p.uid));
    const before = learnerParagraphs(snapshot(doc), new Set([...learner].filter((id) => !sheetUids.has(id))));
    const regraded = { ...marking, grades: { ...marking.grades, "2.1": { mark: 5, rationale: "Too descriptive." } } };
    const result = await insertMarkSheet(word, buildMarkSheet(u700, regraded));
    expect(result.replaced).toBe(true);
    expect(controlsSnapshot(doc).filter((c) => c.tag === "ilm:mark-sheet")).toHaveLength(1);
    const after = snapshot(doc);
    expect(learnerParagraphs(after, new Set(before.map((p) => p.uid)))).toEqual(before);
    const inside = doc.paragraphs.filter((p) => p.controls.some((c) => c.tag === "ilm:mark-sheet"));
    expect(inside.some((p) => p.text === "Too descriptive.")).toBe(true);
    expect(inside.some((p) => sheetUids.has(p.uid))).toBe(false);
    // Still before the learner's later appendix: replaced where it was.
    expect(doc.paragraphs.indexOf(inside[inside.length - 1]!)).toBeLessThan(doc.paragraphs.findIndex((p) => p.text.startsWith("Appendix 1")));

    const reportAfter = analyse(await readDocument(word), {});
    expect(reportAfter.sections).toEqual(reportBefore.sections);
    expect(reportAfter.wordCount).toBe(reportBefore.wordCount);
    expect(reportAfter.problems.map((p) => p.code).filter((c) => c !== "word-count-out-of-range")).toEqual(
      reportBefore.problems.map((p) => p.code).filter((c) => c !== "word-count-out-of-range"),
    );
  });

  test("a general failure (Word refusing while a comment is selected, office-js #6046) says what to try", async () => {
    const doc = draft700();
    const failing = { ...memoryWordRunner(doc), run: () => Promise.reject(Object.assign(new Error("GeneralException"), { code: "GeneralException" })) };
    await expect(insertMarkSheet(failing, buildMarkSheet(u700, marking))).rejects.toThrow(/ If a comment is selected, click in the document's text and try again\.$/);
    const readOnly = draft700();
    readOnly.readOnly = true;
    await expect(insertMarkSheet(memoryWordRunner(readOnly), buildMarkSheet(u700, marking))).rejects.toThrow(/read-only/);
  });

  test("two syncs whatever the document's length", async () => {
    for (const extra of [0, 400]) {
      const doc = draft700(extra);
      const word = memoryWordRunner(doc);
      expect(await syncsOf(doc, () => insertMarkSheet(word, buildMarkSheet(u700, marking)))).toBe(2);
      expect(await syncsOf(doc, () => insertMarkSheet(word, buildMarkSheet(u700, marking)))).toBe(2);
    }
  });
});

describe("a comment from the bank on the selection", () => {
  test("on the selected text; with only a cursor, on its paragraph; the text never changes", async () => {
    const { doc, word } = setup(prose(4));
    const before = snapshot(doc);
    const p = doc.paragraphs[1]!;
    doc.select(p, p, 0, 12);
    await commentOnSelection(word, "  Expand this point.  ");
    doc.select(doc.paragraphs[2]!, doc.paragraphs[2]!, 5, 5);
    await commentOnSelection(word, "Evidence?");
    expect(commentsSnapshot(doc).map((c) => [c.quote, c.content])).toEqual([
      [p.text.slice(0, 12), "Expand this point."],
      [doc.paragraphs[2]!.text, "Evidence?"],
    ]);
    expect(snapshot(doc)).toEqual(before);
    await expect(commentOnSelection(word, "   ")).rejects.toThrow(/The comment is empty/);
    const old = setup(prose(2), { requirements: { WordApi: "1.3" } });
    await expect(commentOnSelection(old.word, "x")).rejects.toThrow(COMMENTS_MESSAGE);
  });
});

describe("what the learner's pane reads back", () => {
  test("the tutor's comments under the AC whose section holds them, the add-in's findings left out, and the grades", async () => {
    const doc = buildMemoryDocument(
      templateDraft(u500, { guidance: false, coverSheet: true, lockHeadings: true, answer: (ac) => [{ text: `My answer to ${ac} (Starr, 2016).` }] }),
    );
    const word = memoryWordRunner(doc);
    await addFindingComments(word, (d) => analyse(d, {}));
    const at = (prefix: string) => doc.paragraphs.find((p) => p.text.startsWith(prefix))!;
    const a12 = at("My answer to 1.2");
    const a21 = at("My answer to 2.1");
    addMemoryComment(doc, { start: a12, so: 0, end: a12, eo: 9 }, "Only two factors: 1.2 asks for three.", { name: "Dr Tutor", email: "" });
    addMemoryComment(doc, { start: a21, so: 3, end: a21, eo: 9 }, "Which model?", { name: "Dr Tutor", email: "" }, true);
    const cover = doc.paragraphs.find((p) => p.controls.some((c) => c.tag === "ilm:cover") && p.text.trim())!;
    addMemoryComment(doc, { start: cover, so: 0, end: cover, eo: 3 }, "Sign the declaration.", { name: "Dr Tutor", email: "" });
    await saveMarking(word, { unit: "8580-500", tutor: "Dr Tutor", date: "2025-02-01", grades: { "1.2": { grade: "referral", rationale: "Two factors only." } } });

    const report = analyse(await readDocument(word), {});
    const sections = report.sections.filter((s) => s.paragraphs).map((s) => ({ ac: s.ac, from: s.paragraphs![0], to: s.paragraphs![1] }));
    const feedback = await readFeedback(word, sections);
    expect(feedback.comments!.map((c) => [c.ac, c.text, c.author, c.resolved])).toEqual([
      [null, "Sign the declaration.", "Dr Tutor", false],
      ["1.2", "Only two factors: 1.2 asks for three.", "Dr Tutor", false],
      ["2.1", "Which model?", "Dr Tutor", true],
    ]);
    expect(feedback.marking).toMatchObject({ state: "ok", value: { tutor: "Dr Tutor", grades: { "1.2": { grade: "referral" } } } });
    expect(commentsSnapshot(doc).length).toBeGreaterThan(3);

    const old = setup(prose(2), { requirements: { WordApi: "1.3" } });
    expect(await readFeedback(old.word, [])).toEqual({ comments: null, marking: null });
  });
});
